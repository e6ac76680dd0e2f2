// numbering: heading numbers that do not run 一、二、三 … within one level (GB/T 9704-2012 7.3.3).
//   before: 一、…  二、…  四、…          （一）… （一）…        （1） straight under 一、
//   after:  一、…  二、…  三、…          （一）… （二）…        （一） or 1. between them
// Skipping one level (1. straight under 一、) is accepted practice when a part has two levels: a hint.
import * as l10n from '@vscode/l10n';
import { toChineseNumber } from '../report/chineseNumerals';
import type { Section } from '../report/model';
import type { OffsetEdit } from '../text/offsetEdits';
import { type Finding, MAX_FINDINGS_PER_RULE, type Rule } from './ruleTypes';

const NUMERAL = /[一二三四五六七八九十百〇零两]+|[0-9０-９]+/;

export const numbering: Rule = {
  code: 'numbering',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    const visit = (siblings: Section[], parent: Section | null) => {
      // Past the cap nobody sees more; a draft of 100,000 headings need not be walked to its end.
      if (findings.length > MAX_FINDINGS_PER_RULE) return;
      for (const group of groupsOf(siblings)) {
        findings.push(...sequenceFindings(group), ...mixedStyles(group));
        // One note per skipped level, on the first heading of the group, not on every sibling.
        const first = group[0];
        if (parent?.level && first.kind === 'heading' && first.level! - parent.level > 1) findings.push(levelSkip(first, parent));
      }
      for (const s of siblings) visit(s.children, s);
    };
    visit(report.sections, null);
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** Siblings of one kind and level, in order: each group must count 1, 2, 3 … */
function groupsOf(siblings: Section[]): Section[][] {
  // Most headings have no children or one: no map for those.
  if (siblings.length <= 1) return siblings.length === 0 ? [] : [siblings];
  const groups = new Map<number, Section[]>();
  for (const s of siblings) {
    const key = s.kind === 'item' ? 0 : s.level!;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()];
}

function sequenceFindings(group: Section[]): Finding[] {
  const i = group.findIndex((s, k) => s.number !== k + 1);
  if (i < 0) return [];
  const s = group[i];
  const expected = i + 1;
  const repeated = group.slice(0, i).some((p) => p.number === s.number);
  const edits: OffsetEdit[] = group
    .slice(i)
    .map((sibling, k) => renumber(sibling, i + k + 1))
    .filter((e): e is OffsetEdit => e !== undefined);
  return [
    {
      start: s.markerStart,
      end: s.markerEnd,
      message: repeated
        ? l10n.t('序号“{0}”与前面的标题重复；同一层级的序号应依次排列，这里应为第{1}个。', s.marker, expected)
        : l10n.t('序号“{0}”不连续；同一层级的序号应依次排列，这里应为第{1}个。', s.marker, expected),
      fix: { title: l10n.t('按顺序重新编号（本级 {0} 处）', edits.length), edits, safe: false },
    },
  ];
}

/** 1. and 1、 (or （一） and (一)) side by side at one level: said once, on the first that differs. */
function mixedStyles(group: Section[]): Finding[] {
  if (group.length < 2) return [];
  const shape = (s: Section) => s.marker.replace(NUMERAL, '#');
  const first = shape(group[0]);
  const other = group.find((s) => shape(s) !== first);
  if (!other) return [];
  return [
    {
      start: other.markerStart,
      end: other.markerEnd,
      message: l10n.t('同一层级混用了“{0}”和“{1}”两种序号写法，应统一。', group[0].marker, other.marker),
    },
  ];
}

function renumber(section: Section, n: number): OffsetEdit | undefined {
  if (section.number === n) return undefined;
  const chinese = section.kind === 'item' || section.level === 1 || section.level === 2;
  const marker = section.marker.replace(NUMERAL, chinese ? toChineseNumber(n) : String(n));
  return { start: section.markerStart, end: section.markerEnd, newText: marker };
}

function levelSkip(section: Section, parent: Section): Finding {
  const skipped = section.level! - parent.level! - 1;
  return {
    start: section.markerStart,
    end: section.markerEnd,
    severity: skipped === 1 ? 'hint' : undefined,
    message:
      skipped === 1
        ? l10n.t('“{0}”直接放在“{1}”之下，跳过了一级序号。只有两级标题时这是常见做法，可以保留。', section.marker, parent.marker)
        : l10n.t('“{0}”直接放在“{1}”之下，跳过了{2}级序号；层级应依次为 一、→（一）→1.→（1）（GB/T 9704-2012 7.3.3）。', section.marker, parent.marker, skipped),
  };
}
