// document-number: a 发文字号 not written as GB/T 9704-2012 7.2.4 asks — the year in 六角括号 〔〕, in full,
// the serial number without 第 and without leading zeros.
//   before: 中发[2021]33号 · 国办发(2021)12号 · 厅字【2019】28号 · 国办发〔2021〕033号
//   after:  中发〔2021〕33号 · 国办发〔2021〕12号 · 厅字〔2019〕28号 · 国办发〔2021〕33号
import * as l10n from '@vscode/l10n';
import type { Report } from '../report/model';
import type { Finding, Rule } from './ruleTypes';

// The year, four (or, wrongly, two) digits in some bracket, then the serial number and 号: after a 机关代字
// ending in the kind of document (发 · 字 · 函 · 办 · 规 · 电 · 通), or after any Chinese character when the
// bracket is [ ], 【】 or the right 〔〕, which nothing else in a report puts before a year and a 号. Court case numbers
// (（2021）京01民终1号) have letters after the bracket and never match.
const NUMBER = /([[［【(（〔{｛])\s*([0-9]{4}|[0-9]{2})\s*([\]］】)）〕}｝])\s*(第?)\s*([0-9]{1,5})\s*号/g;
const HAN = /[\u4e00-\u9fa5]/;
const KIND = /[\u4e00-\u9fa5][发字函办规电通]$/;

/** The year-and-number parts of 发文字号 in the text, with what each part holds. */
function* numbers(text: string) {
  for (const m of text.matchAll(NUMBER)) {
    const [, open, year, close, di, serial] = m;
    // What stands before the bracket, spaces aside.
    let k = m.index!;
    while (k > 0 && text[k - 1] === ' ') k--;
    // 〔〕 too is a document number's own bracket: any 机关代字 before it (青应急〔2021〕7号, 滨城管〔2023〕6号).
    const own = '[［【〔'.includes(open);
    if (own ? !HAN.test(text[k - 1] ?? '') : !KIND.test(text.slice(Math.max(0, k - 2), k))) continue;
    yield { start: m.index!, end: m.index! + m[0].length, whole: m[0], open, year, close, di, serial };
  }
}

type NumberPart = ReturnType<typeof numbers> extends Generator<infer P> ? P : never;

// This rule and punctuation (which leaves a 发文字号's brackets to this rule) both need them: one scan per report.
const found = new WeakMap<Report, NumberPart[]>();
function numbersIn(report: Report): NumberPart[] {
  let parts = found.get(report);
  if (!parts) found.set(report, (parts = [...numbers(report.text)]));
  return parts;
}

export const documentNumber: Rule = {
  code: 'document-number',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    for (const { start, end, whole, open, year, close, di, serial } of numbersIn(report)) {
      const problems: string[] = [];
      if (open !== '〔' || close !== '〕') problems.push(l10n.t('年份用六角括号“〔〕”'));
      if (year.length !== 4) problems.push(l10n.t('年份写全称'));
      if (di) problems.push(l10n.t('序号前不加“第”'));
      if (/^0\d/.test(serial)) problems.push(l10n.t('序号不编虚位（1不编为01）'));
      // Spacing alone is not this rule's business.
      if (problems.length === 0) continue;
      const right = `〔${year}〕${Number(serial)}号`;
      // A two-digit year cannot be completed safely (19 or 20?): no fix then.
      const fix = year.length === 4 ? { title: l10n.t('改为“{0}”', right), edits: [{ start, end, newText: right }], safe: true } : undefined;
      findings.push({
        start,
        end,
        message:
          year.length === 4
            ? l10n.t('发文字号中的“{0}”不规范：{1}，应为“{2}”（GB/T 9704-2012 7.2.4）。', whole.trim(), problems.join(l10n.t('；')), right)
            : l10n.t('发文字号中的“{0}”不规范：{1}（GB/T 9704-2012 7.2.4）。', whole.trim(), problems.join(l10n.t('；'))),
        fix,
      });
    }
    return findings;
  },
};

/** Where 发文字号 year-and-number parts stand, written right or wrong. */
export function documentNumberSpans(report: Report): [number, number][] {
  return numbersIn(report).map((n) => [n.start, n.end]);
}
