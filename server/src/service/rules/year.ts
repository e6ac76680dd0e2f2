// year: years that do not fit the reported year N (the title's year).
//   before (N = 2024): 四、2024年工作计划     2024年3月1日 (date line)     一、… 2025年，我局完成……
//   after:             四、2025年工作计划     2025年3月1日                一、… 2024年，我局完成……
import * as l10n from '@vscode/l10n';
import { parseDateLine } from '../report/dates';
import type { Report, Section } from '../report/model';
import type { Finding, Rule } from './ruleTypes';

const YEAR = /(?<![0-9—－\-–~～])([0-9]{4})(?=年)(?![0-9]*年?\s*[—－\-–~～])/g;

export const year: Rule = {
  code: 'year',
  defaultSeverity: 'warning',
  check(report) {
    const n = report.year;
    if (n === null) return [];
    const findings: Finding[] = [];
    // Sections inside a plan part, collected once: asking each section which part encloses it made
    // this rule quadratic (10 MB drafts have tens of thousands of sections and thousands of parts).
    const inPlan = new Set<Section>();
    const collect = (s: Section) => {
      inPlan.add(s);
      s.children.forEach(collect);
    };
    report.sections.filter((root) => root.part === 4).forEach(collect);
    for (const s of report.allSections) {
      if (s.kind !== 'heading') continue;
      const plan = s.part === 4 || (s.part === null && inPlan.has(s));
      if (s.part === null && !plan) continue;
      const heading = report.text.slice(s.titleStart, s.titleEnd);
      for (const m of heading.matchAll(YEAR)) {
        const y = Number(m[1]);
        const expected = plan ? n + 1 : n;
        if (y === expected || citedOrTarget(heading, m.index!)) continue;
        const start = s.titleStart + m.index!;
        findings.push({
          start,
          end: start + 4,
          message: plan
            ? l10n.t('这是{0}年度报告，安排部分应写{1}年的安排，这里写的是{2}年。', n, n + 1, y)
            : l10n.t('这是{0}年度报告，这一部分应写{0}年的情况，这里写的是{1}年。', n, y),
          fix: { title: l10n.t('改为{0}年', expected), edits: [{ start, end: start + 4, newText: String(expected) }], safe: false },
        });
      }
    }
    const date = report.dateLine && parseDateLine(report.dateLine.text);
    if (report.dateLine && date && date.year !== n + 1) {
      findings.push({
        start: report.dateLine.span.start,
        end: report.dateLine.span.end,
        message: l10n.t('成文日期应在报告年度的次年（{0}年），这里是{1}年。', n + 1, date.year),
      });
    }
    findings.push(...laterYearsAsDone(report, n));
    return findings.sort((a, b) => a.start - b.start);
  },
};

/**
 * A year that names something other than the part's own year: inside a cited title
 * (《……2025年工作要点》) or a period (纲要（2021－2025年）), or a target or deadline (到2025年, 2025年底前).
 */
function citedOrTarget(heading: string, at: number): boolean {
  const before = heading.slice(0, at);
  const openTitles = (before.match(/《/g)?.length ?? 0) - (before.match(/》/g)?.length ?? 0);
  if (openTitles > 0) return true;
  if (/[（(]\s*$/.test(before) && /^[0-9]{4}\s*年?\s*[—－\-–~～至]/.test(heading.slice(at))) return true;
  if (/(到|至|截至|截止|力争|确保|直至)\s*$/.test(before)) return true;
  return /^[0-9]{4}年(底|末)?前/.test(heading.slice(at));
}

const SENTENCE_START = /[。；\n\s]/;

/** Only ASCII digits in [from, to). */
function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** In part 1, a sentence opening with a later year (2025年，我局……) reports the future as done. */
function laterYearsAsDone(report: Report, n: number): Finding[] {
  const findings: Finding[] = [];
  for (const root of report.sections) {
    if (root.part !== 1) continue;
    const text = report.text.slice(root.start, root.end);
    // From each 年, as /(?<=^|[。；\n\s])([0-9]{4})年度?[，,]/g would match: a lookbehind tried at every
    // offset of a long part cost more than the rest of the rule.
    for (let at = text.indexOf('年', 4); at >= 0; at = text.indexOf('年', at + 1)) {
      const from = at - 4;
      if (!isDigits(text, from, at) || (from > 0 && !SENTENCE_START.test(text[from - 1]))) continue;
      const after = text[at + 1] === '度' ? at + 2 : at + 1;
      if (text[after] !== '，' && text[after] !== ',') continue;
      const y = Number(text.slice(from, at));
      if (y <= n) continue;
      const start = root.start + from;
      findings.push({
        start,
        end: start + 4,
        severity: 'information',
        message: l10n.t('“主要举措和成效”写的是{0}年已做的工作，这里以{1}年开头，像是把以后的事写成了已完成。', n, y),
      });
    }
  }
  return findings;
}
