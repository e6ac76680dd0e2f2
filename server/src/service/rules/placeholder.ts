// placeholder: text of the template left in the draft — its guidance sentences, XX standing for a
// name, …… standing for content, X月X日 for the date still to be set.
//   before: XX市XX局2025年度法治政府建设情况报告 · （一）小标题 · 一是……。 · 2026年X月X日
//   after:  南川区司法局2025年度法治政府建设情况报告 · （一）健全依法行政制度体系 · 一是培训方式单一。 · 2026年3月1日
import * as l10n from '@vscode/l10n';
import parts from '../../../../snippets/law-report.json';
import whole from '../../../../snippets/report.json';
import type { Report } from '../report/model';
import { lineIndexAt } from '../report/lines';
import { type Finding, MAX_FINDINGS_PER_RULE, type Rule } from './ruleTypes';

/**
 * Defaults of the snippets' fields that are real text a writer may well keep (numerals, 下一年度, 无。,
 * the usual addressee and opening phrase); every other default is guidance to be replaced.
 */
const KEPT_DEFAULTS = new Set(['一', '二', '三', '四', '五', '下一年度', '无。', '市委全面依法治市委员会办公室', '认真落实法治政府建设各项任务']);

/** The template's guidance sentences (小标题, 主要做法、具体数据和取得的成效。 …), without their final 。. */
const GUIDANCE: ReadonlySet<string> = (() => {
  const found = new Set<string>();
  for (const snippet of Object.values({ ...parts, ...whole })) {
    for (const m of snippet.body.join('\n').matchAll(/\$\{\d+:([^${}]*)\}/g)) {
      const text = m[1];
      // Placeholders made of XX, …… or X are found by the patterns below, wherever they are.
      if (text === '' || KEPT_DEFAULTS.has(text) || /[XＸ]|…/.test(text)) continue;
      found.add(text.replace(/。$/, ''));
    }
  }
  return found;
})();

/** X月X日, 2026年X月, X日: a date still to be set. */
const UNSET_DATE = /(?<![A-Za-z])(?:[XＸ]{1,2}月(?:[XＸ]{1,2}日)?|(?<=月)[XＸ]{1,2}日)/g;
/** XX standing for a name or a year (XX市XX局 as one, XXXX年度); not inside a Latin word. */
const NAME = /(?<![A-Za-z])[XＸ]{2,}(?:[省市州县区镇乡][XＸ]{2,})*[省市州县区镇乡局委办厅部院所]?(?![A-Za-z])/g;
/**
 * …… standing for content: all there is after an item's ordinal (一是……), a colon or a comma, or at
 * the start of a line, up to the end of the clause. An ellipsis that shortens real text (…进社区……)
 * follows other words and stays.
 */
const CONTENT = /(?:(?<=[一二三四五六七八九十]是)|(?<=[：:，,])|(?<=^[\s\u3000]*))(?:……|…|\.{3,6}|。。。)(?=[。；;，,]|[\s\u3000]*$)/g;
/** Only lines with one of these can hold XX, X月X日 or ……. */
const MARKS = ['X', 'Ｘ', '…', '...', '。。。'];
const QUOTES: Record<string, string> = { '“': '”', '《': '》', '「': '」', '‘': '’', '『': '』' };

export const placeholder: Rule = {
  code: 'placeholder',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    // Where each line's text begins: after its heading marker, if it has one (-1: none).
    const headingTextStarts = new Int32Array(report.lines.length).fill(-1);
    for (const s of report.allSections) headingTextStarts[s.line] = s.markerEnd;
    const textStart = (i: number) => (headingTextStarts[i] >= 0 ? headingTextStarts[i] : report.lines[i].contentStart);
    // XX, X月X日 and …… on the few lines that have an X or an ellipsis.
    for (const i of linesWithMarks(report)) {
      if (findings.length > MAX_FINDINGS_PER_RULE) break;
      const line = report.lines[i];
      const from = textStart(i);
      const text = report.text.slice(from, line.end);
      const taken: [number, number][] = [];
      const add = (m: RegExpMatchArray, message: string) => {
        const start = from + m.index!;
        const end = start + m[0].length;
        if (findings.length > MAX_FINDINGS_PER_RULE || taken.some(([s, e]) => start < e && s < end)) return;
        taken.push([start, end]);
        findings.push({ start, end, message });
      };
      for (const m of text.matchAll(UNSET_DATE)) add(m, l10n.t('“{0}”是模板留下的日期占位，请写明具体日期（如 2026年3月1日）。', m[0]));
      for (const m of text.matchAll(NAME)) add(m, l10n.t('“{0}”是模板的占位符，请写明实际的名称或年份。', m[0]));
      const quoted = quotedSpans(text);
      for (const m of text.matchAll(CONTENT)) {
        if (findings.length > MAX_FINDINGS_PER_RULE) break;
        if (quoted.some(([s, e]) => m.index! > s && m.index! < e)) continue;
        add(m, l10n.t('“{0}”是模板的占位符，请写出具体内容。', m[0]));
      }
    }
    // The guidance sentences, where they make a whole clause: from a line's start, a heading's marker
    // or a 。 up to a 。 or the line's end (标题 inside 标题党, or 正文如下, is real text). Only the
    // clause starts are looked at, and only for guidance that begins with the character found there.
    const { text } = report;
    const tryAt = (at: number) => {
      for (let c = text.charCodeAt(at); c === 0x20 || c === 0x09 || c === 0x3000; c = text.charCodeAt(++at));
      // Most clauses begin with a character no guidance does: one lookup, no one-character string.
      if (GUIDANCE_FIRSTS[text.charCodeAt(at)] !== 1) return;
      for (const guidance of GUIDANCE_BY_FIRST.get(text[at]) ?? []) {
        if (!text.startsWith(guidance, at)) continue;
        let end = at + guidance.length;
        if (CLAUSE_END.includes(text[end] ?? '')) end++;
        else if (!endsLine(text, end)) continue;
        findings.push({ start: at, end, message: l10n.t('“{0}”是模板的提示文字，请换成本单位的实际内容。', text.slice(at, end)) });
        return;
      }
    };
    for (let i = 0; i < report.lines.length && findings.length <= MAX_FINDINGS_PER_RULE; i++) {
      tryAt(textStart(i));
    }
    // indexOf is several times faster than a regular expression over a long draft.
    for (const end of '。；') {
      for (let at = text.indexOf(end); at >= 0 && findings.length <= MAX_FINDINGS_PER_RULE; at = text.indexOf(end, at + 1)) tryAt(at + 1);
    }
    return findings.sort((a, b) => a.start - b.start).slice(0, MAX_FINDINGS_PER_RULE + 1);
  },
};

const CLAUSE_END = '。；;！？!?';

/** The guidance sentences by their first character, longest first (小标题 before a shorter one). */
const GUIDANCE_BY_FIRST: ReadonlyMap<string, string[]> = (() => {
  const byFirst = new Map<string, string[]>();
  for (const g of [...GUIDANCE].sort((a, b) => b.length - a.length)) byFirst.set(g[0], [...(byFirst.get(g[0]) ?? []), g]);
  return byFirst;
})();

/** The first characters of the guidance sentences, by char code. */
const GUIDANCE_FIRSTS = (() => {
  const firsts = new Uint8Array(0x10000);
  for (const first of GUIDANCE_BY_FIRST.keys()) firsts[first.charCodeAt(0)] = 1;
  return firsts;
})();

function endsLine(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  return i >= text.length || text[i] === '\n' || text[i] === '\r';
}

/**
 * Lines holding an X or an ellipsis, in order: each mark searched with indexOf (a regular expression
 * for all of them stopped at every 。 of the draft), its line by binary search, and the search resumed
 * past that line (a line of a million … is searched once).
 */
function linesWithMarks(report: Report): number[] {
  const { text, lines } = report;
  const marked = new Set<number>();
  for (const mark of MARKS) {
    for (let at = text.indexOf(mark); at >= 0; ) {
      const lo = lineIndexAt(lines, at);
      marked.add(lo);
      at = text.indexOf(mark, Math.max(at + 1, lines[lo].end));
    }
  }
  return [...marked].sort((a, b) => a - b);
}

/** Spans inside “” 《》 「」 ‘’ 『』: quoted real text, where an ellipsis shortens the quotation. */
function quotedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const open: { close: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (QUOTES[c]) open.push({ close: QUOTES[c], at: i });
    else if (open.length > 0 && c === open[open.length - 1].close) spans.push([open.pop()!.at, i]);
  }
  // An unclosed quotation runs to the end of the line.
  for (const o of open) spans.push([o.at, text.length]);
  return spans;
}
