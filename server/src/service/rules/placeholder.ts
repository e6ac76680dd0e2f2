// placeholder: text of the template left in the draft — its guidance sentences, XX standing for a
// name, …… standing for content, X月X日 for the date still to be set.
//   before: XX市XX局2025年度法治政府建设情况报告 · （一）小标题 · 一是……。 · 2026年X月X日
//   after:  南川区司法局2025年度法治政府建设情况报告 · （一）健全依法行政制度体系 · 一是培训方式单一。 · 2026年3月1日
import * as l10n from '@vscode/l10n';
import parts from '../../../../snippets/law-report.json';
import whole from '../../../../snippets/report.json';
import type { Line, Report } from '../report/model';
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
/** Clause ends that split a line into the pieces compared with the guidance sentences. */
const CLAUSE = /[^。；;！？!?]+[。；;！？!?]?/g;
const QUOTES: Record<string, string> = { '“': '”', '《': '》', '「': '」', '‘': '’', '『': '』' };

export const placeholder: Rule = {
  code: 'placeholder',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    const headingOn = new Map(report.allSections.map((s) => [s.line, s]));
    for (let i = 0; i < report.lines.length && findings.length <= MAX_FINDINGS_PER_RULE; i++) {
      const line = report.lines[i];
      if (line.contentStart >= line.end) continue;
      const from = headingOn.get(i)?.markerEnd ?? line.contentStart;
      const taken: [number, number][] = [];
      const add = (start: number, end: number, message: string) => {
        if (taken.some(([s, e]) => start < e && s < end)) return;
        taken.push([start, end]);
        findings.push({ start, end, message });
      };
      const text = report.text.slice(from, line.end);
      for (const m of text.matchAll(UNSET_DATE)) {
        add(from + m.index!, from + m.index! + m[0].length, l10n.t('“{0}”是模板留下的日期占位，请写明具体日期（如 2026年3月1日）。', m[0]));
      }
      for (const m of text.matchAll(NAME)) {
        add(from + m.index!, from + m.index! + m[0].length, l10n.t('“{0}”是模板的占位符，请写明实际的名称或年份。', m[0]));
      }
      const quoted = quotedSpans(text);
      for (const m of text.matchAll(CONTENT)) {
        if (quoted.some(([s, e]) => m.index! > s && m.index! < e)) continue;
        add(from + m.index!, from + m.index! + m[0].length, l10n.t('“{0}”是模板的占位符，请写出具体内容。', m[0]));
      }
      for (const clause of clauses(line, from)) {
        if (GUIDANCE.has(clause.text.replace(/[。；;]$/, ''))) {
          add(clause.start, clause.end, l10n.t('“{0}”是模板的提示文字，请换成本单位的实际内容。', clause.text));
        }
      }
    }
    return findings.slice(0, MAX_FINDINGS_PER_RULE + 1);
  },
};

/** The line from `from` cut after each 。；！？, each piece trimmed. */
function clauses(line: Line, from: number): { start: number; end: number; text: string }[] {
  const text = line.source.slice(from, line.end);
  const result: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(CLAUSE)) {
    const trimmed = m[0].replace(/^[\s\u3000]+/, '');
    const start = from + m.index! + (m[0].length - trimmed.length);
    const clause = trimmed.replace(/[\s\u3000]+$/, '');
    if (clause) result.push({ start, end: start + clause.length, text: clause });
  }
  return result;
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
