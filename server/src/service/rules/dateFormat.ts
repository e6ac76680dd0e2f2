// date-format: the 成文日期 line is not written as GB/T 9704-2012 7.3.5.4 asks (Arabic digits, no padding).
//   before: 2025.3.24   2025-03-24   2025年03月05日   二〇二五年三月二十四日
//   after:  2025年3月24日            2025年3月5日      2025年3月24日
import * as l10n from '@vscode/l10n';
import { parseDateLine } from '../report/dates';
import type { Rule } from './ruleTypes';

export const dateFormat: Rule = {
  code: 'date-format',
  defaultSeverity: 'warning',
  check(report) {
    const line = report.dateLine;
    if (!line) return [];
    const date = parseDateLine(line.text);
    if (!date) return [];
    const expected = `${date.year}年${date.month}月${date.day === null ? '' : `${date.day}日`}`;
    if (line.text === expected && date.day !== null) return [];
    if (date.day === null) {
      return [{ start: line.span.start, end: line.span.end, message: l10n.t('成文日期应写到日，如“{0}X日”（GB/T 9704-2012 7.3.5.4）。', expected) }];
    }
    return [
      {
        start: line.span.start,
        end: line.span.end,
        message: l10n.t('成文日期“{0}”应写作“{1}”：用阿拉伯数字写全年、月、日，月和日不编虚位（GB/T 9704-2012 7.3.5.4）。', line.text, expected),
        fix: { title: l10n.t('改为“{0}”', expected), edits: [{ start: line.span.start, end: line.span.end, newText: expected }], safe: true },
      },
    ];
  },
};
