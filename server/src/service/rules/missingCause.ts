// missing-cause: the 不足 part lists problems but never says why.
//   before: 二、存在问题  一是……二是……
//   after:  二、存在的不足和原因  一是……二是……。究其原因，……
import * as l10n from '@vscode/l10n';
import type { Rule } from './ruleTypes';

export const missingCause: Rule = {
  code: 'missing-cause',
  defaultSeverity: 'information',
  check(report) {
    const part2 = report.sections.find((s) => s.kind === 'heading' && s.part === 2);
    if (!part2) return [];
    if (/原因|究其|根源|由于|源于|主要是因为/.test(report.text.slice(part2.start, part2.end))) return [];
    return [
      {
        start: part2.markerStart,
        end: part2.titleEnd,
        message: l10n.t('“不足”部分只写了问题，没有分析原因。厅字〔2019〕28号要求报告“存在的不足和原因”，可在标题和正文中补充原因分析。'),
      },
    ];
  },
};
