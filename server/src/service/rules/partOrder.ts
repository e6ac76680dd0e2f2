// part-order: the required parts appear out of the regulation's order. The 第一责任人 part may stand
// before the 不足 part: many published reports put it there (and fold it into part 1 as often).
//   before: 一、下一年度安排 二、举措和成效 三、不足和原因
//   after:  一、举措和成效 二、不足和原因 三、下一年度安排
import * as l10n from '@vscode/l10n';
import type { PartNumber } from '../report/model';
import { regulationWording } from '../report/parts';
import type { Rule } from './ruleTypes';

/** Where a part must stand; parts 2 and 3 share a place, in either order. */
const PLACE: Record<PartNumber, number> = { 1: 1, 2: 2, 3: 2, 4: 3, 5: 4 };

export const partOrder: Rule = {
  code: 'part-order',
  defaultSeverity: 'information',
  check(report) {
    const roots = report.sections.filter((s) => s.kind === 'heading' && s.part !== null);
    // The part standing furthest along so far: a later part placed before it is out of order.
    let furthest: PartNumber | undefined;
    // A part's first heading sets its place; a further section on the same part (a second look back after
    // 不足) is an extra section, not the part out of order.
    const seen = new Set<PartNumber>();
    for (const current of roots) {
      if (seen.has(current.part!)) continue;
      seen.add(current.part!);
      const previous = furthest;
      if (furthest === undefined || PLACE[current.part!] > PLACE[furthest]) furthest = current.part!;
      if (previous !== undefined && PLACE[previous] > PLACE[current.part!]) {
        return [
          {
            start: current.markerStart,
            end: current.titleEnd,
            message: l10n.t(
              '规定内容的顺序与厅字〔2019〕28号不一致：“{0}”应排在“{1}”之前。',
              regulationWording(current.part!),
              regulationWording(previous),
            ),
          },
        ];
      }
    }
    return [];
  },
};
