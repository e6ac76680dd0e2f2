// part-order: the required parts appear out of the regulation's order.
//   before: 一、举措和成效 二、第一责任人履职 三、不足和原因 四、安排
//   after:  一、举措和成效 二、不足和原因 三、第一责任人履职 四、安排
import * as l10n from '@vscode/l10n';
import type { PartNumber } from '../report/model';
import { regulationWording } from '../report/parts';
import type { Rule } from './ruleTypes';

export const partOrder: Rule = {
  code: 'part-order',
  defaultSeverity: 'information',
  check(report) {
    const roots = report.sections.filter((s) => s.kind === 'heading' && s.part !== null);
    for (let i = 1; i < roots.length; i++) {
      const previous = roots.slice(0, i).reduce((max, s) => Math.max(max, s.part!), 0);
      const current = roots[i];
      if (current.part! < previous) {
        return [
          {
            start: current.markerStart,
            end: current.titleEnd,
            message: l10n.t(
              '规定内容的顺序与厅字〔2019〕28号不一致：“{0}”应排在“{1}”之前。',
              regulationWording(current.part!),
              regulationWording(previous as PartNumber),
            ),
          },
        ];
      }
    }
    return [];
  },
};
