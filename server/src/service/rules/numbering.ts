// numbering: heading numbers that do not run 一、二、三 … within one level (GB/T 9704-2012 7.3.3).
//   before: 一、…  二、…  四、…          （一）… （一）…        （1） straight under 一、
//   after:  一、…  二、…  三、…          （一）… （二）…        （一） or 1. between them
// Accepted practice, not reported: 1. straight under 一、 (one level skipped); 1. 2. 3. numbered straight
// through the sub-sections when the report does so throughout; a 一是 that starts a new list.
// 一是 … 二是 … inside one paragraph (……，一是亲自部署；二是亲自推动；四是……) count 1, 2, 3 too.
import * as l10n from '@vscode/l10n';
import { parseChineseNumber, toChineseNumber } from '../report/chineseNumerals';
import type { Report, Section } from '../report/model';
import type { OffsetEdit } from '../text/offsetEdits';
import { Messages } from './ruleSupport';
import { type Finding, MAX_FINDINGS_PER_RULE, type Rule } from './ruleTypes';

const NUMERAL = /[一二三四五六七八九十百〇零两]+|[0-9０-９]+/;

export const numbering: Rule = {
  code: 'numbering',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    const through = numberedThrough(report.sections);
    const messages = new Messages();
    const visit = (siblings: Section[], parent: Section | null) => {
      // Past the cap nobody sees more; a draft of 100,000 headings need not be walked to its end.
      if (findings.length > MAX_FINDINGS_PER_RULE) return;
      for (const group of groupsOf(siblings)) {
        const from = through.get(group[0]) ?? (continuesInlineList(report.text, group[0], parent) ? group[0].number : 1);
        findings.push(...sequenceFindings(group, from, messages), ...mixedStyles(group, messages));
        // One note per skipped level, on the first heading of the group, not on every sibling.
        const first = group[0];
        if (parent?.level && first.kind === 'heading' && first.level! - parent.level > 2) findings.push(levelSkip(first, parent, messages));
      }
      for (const s of siblings) visit(s.children, s);
    };
    visit(report.sections, null);
    for (const list of inlineLists(report)) {
      if (findings.length > MAX_FINDINGS_PER_RULE) break;
      findings.push(...sequenceFindings(list, list[0].number, messages));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** Siblings of one kind and level, in order: each group must count 1, 2, 3 … */
function groupsOf(siblings: Section[]): Section[][] {
  // Most headings have no children or one: no map for those.
  if (siblings.length <= 1) return siblings.length === 0 ? [] : [siblings];
  const groups = new Map<number, Section[]>();
  const done: Section[][] = [];
  for (const s of siblings) {
    const key = s.kind === 'item' ? 0 : s.level!;
    const group = groups.get(key);
    // 一是 after 二是 … begins a new list (a new paragraph's points), not a repeat.
    if (group && s.kind === 'item' && s.number === 1) {
      done.push(group);
      groups.set(key, [s]);
    } else if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...done, ...groups.values()];
}

/**
 * Where a report numbers a level straight through its sub-sections (（一）1. 2. （二）3. 4.), the number
 * each group of that level starts from. Accepted only when every such group in the report continues
 * the one before it; otherwise every group starts from 1.
 */
function numberedThrough(roots: Section[]): Map<Section, number> {
  const byLevel = new Map<number, Section[][]>();
  const collect = (siblings: Section[]) => {
    for (const group of groupsOf(siblings)) {
      if (group[0].kind !== 'heading' || group[0].level! < 3) continue;
      const list = byLevel.get(group[0].level!) ?? [];
      list.push(group);
      byLevel.set(group[0].level!, list);
    }
    for (const s of siblings) if (s.children.length) collect(s.children);
  };
  collect(roots);
  const starts = new Map<Section, number>();
  for (const groups of byLevel.values()) {
    if (groups.length < 2) continue;
    const consecutive = (g: Section[]) => g.every((s, k) => k === 0 || s.number === g[k - 1].number + 1);
    const continues = groups.every((g, k) => consecutive(g) && (k === 0 ? g[0].number === 1 : g[0].number === groups[k - 1].at(-1)!.number + 1));
    if (continues) for (const g of groups) starts.set(g[0], g[0].number);
  }
  return starts;
}

/**
 * A paragraph that starts with 二是 under a heading whose run-on text holds 一是
 * ((一）聚焦高位推进，压实责任。一是强化领导压实责任。 / …… / 二是示范引领……): the list began inline there.
 */
function continuesInlineList(text: string, first: Section, parent: Section | null): boolean {
  if (!parent || first.kind !== 'item' || first.number < 2) return false;
  const before = text.slice(parent.markerStart, first.markerStart);
  const marker = toChineseNumber(first.number - 1) + '是';
  for (let at = before.indexOf(marker); at > 0; at = before.indexOf(marker, at + 1)) {
    if (CLAUSE_BREAK.has(before[at - 1])) return true;
  }
  return false;
}

/** What numbering needs of a heading or item: paragraph-start sections and 一是 inside a paragraph alike. */
type Numbered = Pick<Section, 'kind' | 'level' | 'number' | 'marker' | 'markerStart' | 'markerEnd'>;

// Sets, not regexes: every 是 of a draft is looked at.
const ITEM_NUMERAL = new Set('一二三四五六七八九十');
// Where an inline 一是 may stand: after a clause mark, not inside a word (统一是, 其一是, 一是一、二是二).
const CLAUSE_BREAK = new Set('，,。；;：:');
const NOT_AFTER_SHI = new Set(' \t\u3000\n\r，,。；;：:是否');

/**
 * The 一是 … 二是 … lists inside each paragraph: a list starts at an inline 一是 or at the paragraph's own
 * item marker (三是……；四是……), and runs to the next 一是 or the paragraph's end. Lists of one are left
 * out; the paragraph-start items among themselves are the sections' business.
 */
function inlineLists(report: Report): Numbered[][] {
  const { text, lines } = report;
  const chrome = new Set(report.chromeLines);
  const itemAt = new Map<number, Section>();
  for (const s of report.allSections) if (s.kind === 'item') itemAt.set(s.markerStart, s);
  const lists: Numbered[][] = [];
  let index = 0;
  let list: Numbered[] = [];
  const flush = () => {
    if (list.length > 1) lists.push(list);
    list = [];
  };
  // One pass over the text from 是 to 是, the line followed along: most paragraphs have none.
  for (let at = text.indexOf('是'); at >= 0; at = text.indexOf('是', at + 1)) {
    if (index < lines.length && at >= lines[index].end) {
      flush();
      while (index < lines.length && at >= lines[index].end) index++;
    }
    if (index >= lines.length) break;
    const line = lines[index];
    if (chrome.has(index)) continue;
    let from = at;
    while (from > line.contentStart && at - from < 3 && ITEM_NUMERAL.has(text[from - 1])) from--;
    if (from === at || NOT_AFTER_SHI.has(text[at + 1] ?? '\n')) continue;
    const own = itemAt.get(from);
    if (own) {
      list = [own];
      continue;
    }
    if (from === line.contentStart || !CLAUSE_BREAK.has(text[from - 1])) continue;
    const number = parseChineseNumber(text.slice(from, at));
    if (!(number > 0)) continue;
    const item: Numbered = { kind: 'item', level: null, number, marker: text.slice(from, at + 1), markerStart: from, markerEnd: at + 1 };
    if (number === 1) {
      flush();
      list = [item];
    } else if (list.length > 0) list.push(item);
  }
  flush();
  return lists;
}

function sequenceFindings(group: Numbered[], from: number, messages: Messages): Finding[] {
  const i = group.findIndex((s, k) => s.number !== k + from);
  if (i < 0) return [];
  const s = group[i];
  const expected = i + from;
  const repeated = group.slice(0, i).some((p) => p.number === s.number);
  const edits: OffsetEdit[] = group
    .slice(i)
    .map((sibling, k) => renumber(sibling, i + k + from))
    .filter((e): e is OffsetEdit => e !== undefined);
  return [
    {
      start: s.markerStart,
      end: s.markerEnd,
      message: repeated
        ? messages.get(`repeated\u0000${s.marker}\u0000${expected}`, () => l10n.t('序号“{0}”与前面的标题重复；同一层级的序号应依次排列，这里应为第{1}个。', s.marker, expected))
        : messages.get(`gap\u0000${s.marker}\u0000${expected}`, () => l10n.t('序号“{0}”不连续；同一层级的序号应依次排列，这里应为第{1}个。', s.marker, expected)),
      fix: { title: messages.get(`renumber\u0000${edits.length}`, () => l10n.t('按顺序重新编号（本级 {0} 处）', edits.length)), edits, safe: false },
    },
  ];
}

/** 1. and 1、 (or （一） and (一)) side by side at one level: said once, on the first that differs. */
function mixedStyles(group: Section[], messages: Messages): Finding[] {
  if (group.length < 2) return [];
  const shape = (s: Section) => s.marker.replace(NUMERAL, '#');
  const first = shape(group[0]);
  const other = group.find((s) => shape(s) !== first);
  if (!other) return [];
  return [
    {
      start: other.markerStart,
      end: other.markerEnd,
      message: messages.get(`mixed\u0000${group[0].marker}\u0000${other.marker}`, () => l10n.t('同一层级混用了“{0}”和“{1}”两种序号写法，应统一。', group[0].marker, other.marker)),
    },
  ];
}

function renumber(section: Numbered, n: number): OffsetEdit | undefined {
  if (section.number === n) return undefined;
  const chinese = section.kind === 'item' || section.level === 1 || section.level === 2;
  const marker = section.marker.replace(NUMERAL, chinese ? toChineseNumber(n) : String(n));
  return { start: section.markerStart, end: section.markerEnd, newText: marker };
}

/** Two levels or more skipped (（1） straight under 一、); one level skipped is accepted practice and not reported. */
function levelSkip(section: Section, parent: Section, messages: Messages): Finding {
  const skipped = section.level! - parent.level! - 1;
  return {
    start: section.markerStart,
    end: section.markerEnd,
    message: messages.get(`skip\u0000${section.marker}\u0000${parent.marker}\u0000${skipped}`, () => l10n.t('“{0}”直接放在“{1}”之下，跳过了{2}级序号；层级应依次为 一、→（一）→1.→（1）（GB/T 9704-2012 7.3.3）。', section.marker, parent.marker, skipped)),
  };
}
