// heading-marker: a heading marker not in the GB/T 9704-2012 7.3.3 form.
//   before: (一)加强领导   1、建立机制   1．压实责任   （一）、健全制度   １.规范执法   一．主要举措
//   after:  （一）加强领导 1.建立机制    1.压实责任    （一）健全制度     1.规范执法    一、主要举措
import * as l10n from '@vscode/l10n';
import { standardMarker } from '../report/markers';
import type { Section } from '../report/model';
import { Messages } from './ruleSupport';
import type { Finding, Rule } from './ruleTypes';

/** Items (一是) have no level and no standard marker. */
function expectedMarker(section: Section): string | undefined {
  return section.level === null ? undefined : standardMarker(section.level, section.number);
}

export const headingMarker: Rule = {
  code: 'heading-marker',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    const messages = new Messages();
    for (const section of report.allSections) {
      const expected = expectedMarker(section);
      if (expected === undefined || section.marker === expected) continue;
      findings.push({
        start: section.markerStart,
        end: section.markerEnd,
        message: messages.get(`${section.marker}\u0000${expected}`, () => l10n.t('标题序号“{0}”不规范，应写作“{1}”（GB/T 9704-2012 7.3.3：一、→（一）→1.→（1））。', section.marker, expected)),
        fix: {
          title: messages.get(expected, () => l10n.t('改为“{0}”', expected)),
          edits: [{ start: section.markerStart, end: section.markerEnd, newText: expected }],
          safe: true,
        },
      });
    }
    return findings;
  },
};
