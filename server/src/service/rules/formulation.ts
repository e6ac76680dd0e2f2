// formulation: standard formulations (提法) checked against a reviewed lexicon (data/formulations.json).
//   before: 深入学习习近平法制思想和党的20大会议精神，贯彻新时代中国特色社会主义思想
//   after:  深入学习习近平法治思想和党的二十大精神，贯彻习近平新时代中国特色社会主义思想
// Every member of a family is correct (二十届一中…四中全会, 全面依法治国/省/市/校/企, 法律体系/法治体系),
// so a near miss is reported only for a known kind of slip; dated entries are checked against the
// report's year and date line (a 2023 report citing 二十届三中全会, held in July 2024).
import type { Finding, Rule } from './ruleTypes';
import { contextFindings } from './formulation/context';
import { datedFindings } from './formulation/dated';
import { numeralFindings } from './formulation/numerals';
import { wordingFindings } from './formulation/wording';

export const formulation: Rule = {
  code: 'formulation',
  defaultSeverity: 'warning',
  check(report) {
    const text = report.text;
    const findings: Finding[] = [];
    // Wording first; a span already reported is not reported again by a later check. A homophone slip
    // comes last: where another check names what is wrong there, its message says more.
    const wording = wordingFindings(text);
    for (const f of [...wording.findings, ...numeralFindings(text), ...contextFindings(text), ...wording.homophones]) {
      if (!findings.some((g) => f.start < g.end && g.start < f.end)) findings.push(f);
    }
    findings.push(...datedFindings(report));
    return findings.sort((a, b) => a.start - b.start);
  },
};
