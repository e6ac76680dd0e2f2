// year: years that do not fit the reported year N (the title's year).
//   before (N = 2024): 四、2024年工作计划     2024年3月1日 (date line)     一、… 2025年，我局完成……
//   after:             四、2025年工作计划     2025年3月1日                一、… 2024年，我局完成……
import * as l10n from '@vscode/l10n';
import { openingClauseYear, parseDateLine } from '../report/dates';
import type { PartNumber, Report, Section } from '../report/model';
import { REQUIRED_PARTS } from '../report/parts';
import type { Finding, Rule } from './ruleTypes';
import { lookBackOpenings, opensTitle, planDeadlines, planYearFinding, REFERENCE } from './yearInParagraphs';

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
    // A part's sub-headings name the part's year too (四、2025年安排 → （一）2025年重点).
    const inNextYearPart = new Set<Section>();
    const collect = (s: Section) => {
      inNextYearPart.add(s);
      s.children.forEach(collect);
    };
    report.sections.filter((root) => headingYear(root.part) === 'next').forEach(collect);
    for (const s of report.allSections) {
      if (s.kind !== 'heading') continue;
      const own = headingYear(s.part);
      const plan = own === 'next' || (s.part === null && inNextYearPart.has(s));
      if (own === null && !plan) continue;
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
    findings.push(...laterYearsAsDone(report, n), ...openingYears(report, n), ...planOpeningYears(report, n));
    findings.push(...planDeadlines(report, n), ...lookBackOpenings(report, n));
    // A plan sub-heading's year (（一）2024年内完成清理) is both a heading's and a deadline's: one finding per year.
    findings.sort((a, b) => a.start - b.start);
    return findings.filter((f, k) => k === 0 || f.start !== findings[k - 1].start);
  },
};

/** The year a part's heading names, from the parts table; null for no part or a part that names none. */
function headingYear(part: PartNumber | null): 'reported' | 'next' | null {
  return part === null ? null : REQUIRED_PARTS[part].headingYear;
}

/**
 * A year that names something other than the part's own year: inside a cited title
 * (《……2025年工作要点》) or a period (纲要（2021－2025年）), or a target or deadline (到2025年, 2025年底前).
 */
function citedOrTarget(heading: string, at: number): boolean {
  const before = heading.slice(0, at);
  if (opensTitle(before)) return true;
  if (/[（(]\s*$/.test(before) && /^[0-9]{4}\s*年?\s*[—－\-–~～至]/.test(heading.slice(at))) return true;
  if (/(到|至|截至|截止|力争|确保|直至)\s*$/.test(before)) return true;
  // A point of reference told in a heading's own sentence: 对2018年以来出台的文件, 较2024年.
  if (REFERENCE.test(before) || /^[0-9]{4}\s*年度?(以来|以前|之前|至今|起|期间)/.test(heading.slice(at))) return true;
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

/**
 * In the parts on year N (1–3), a sentence opening with a later year (2025年，我局……) reports the future as
 * done. In parts 2 and 3 a sentence saying what will be done (将, 拟, 力争: a 下一步 put there) is left alone.
 */
function laterYearsAsDone(report: Report, n: number): Finding[] {
  const findings: Finding[] = [];
  for (const root of report.sections) {
    if (root.part === null || REQUIRED_PARTS[root.part].headingYear !== 'reported') continue;
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
      if (root.part !== 1 && /^[^。；\n]{0,30}?(将|拟|计划|力争|着力|争取)/.test(text.slice(after + 1))) continue;
      findings.push({
        start,
        end: start + 4,
        severity: 'information',
        message:
          root.part === 1
            ? l10n.t('“主要举措和成效”写的是{0}年已做的工作，这里以{1}年开头，像是把以后的事写成了已完成。', n, y)
            : l10n.t('这一部分写的是{0}年的情况，这里以{1}年开头，像是把以后的事写成了已有的情况。', n, y),
      });
    }
  }
  return findings;
}

/**
 * The opening names the reported year: its first sentence (2024年，我局……) and its 现将……报告如下 clause
 * (现将我局2023年度法治政府建设情况报告如下, carried over from last year's report).
 */
function openingYears(report: Report, n: number): Finding[] {
  const opening = report.opening;
  if (!opening) return [];
  const text = report.text.slice(opening.span.start, opening.span.end);
  const findings: Finding[] = [];
  const flag = (at: number, y: number) =>
    findings.push({
      start: opening.span.start + at,
      end: opening.span.start + at + 4,
      message: l10n.t('这是{0}年度报告，开头应写{0}年的情况，这里写的是{1}年。', n, y),
      fix: { title: l10n.t('改为{0}年', n), edits: [{ start: opening.span.start + at, end: opening.span.start + at + 4, newText: String(n) }], safe: false },
    });
  const first = openingClauseYear(text);
  if (first !== null && first !== n) flag(0, first);
  // 现将2019年法治政府建设情况和2020年主要安排报告如下: the next year may be named for its plan.
  for (const clause of text.matchAll(/现将[^。；\n]{0,80}?报告如下/g)) {
    for (const m of clause[0].matchAll(/(?<![0-9—－\-–~～])([0-9]{4})(?=年)(?![0-9]*年?\s*[—－\-–~～])/g)) {
      const y = Number(m[1]);
      const before = clause[0].slice(0, m.index!);
      if (opensTitle(before)) continue; // a cited title's year
      if (y === n || (y === n + 1 && /^年度?[^，,。；\n0-9]{0,20}?(安排|计划|打算|思路|要点)/.test(clause[0].slice(m.index! + 4)))) continue;
      flag(clause.index! + m.index!, y);
    }
  }
  return findings;
}

/** A plan part's sentence that opens with the reported year or earlier and speaks of what will be done. */
function planOpeningYears(report: Report, n: number): Finding[] {
  const findings: Finding[] = [];
  for (const root of report.sections) {
    if (headingYear(root.part) !== 'next') continue;
    const text = report.text.slice(root.titleEnd, root.end);
    // The clause break is matched, not looked behind for: a lookbehind first is tried at every offset.
    for (const m of text.matchAll(/(?:^|[。；\n])\s*([0-9]{4})年度?[，,](?=[^。；\n]{0,30}?(将|拟|计划|力争|着力|重点做好|重点抓好))/g)) {
      const y = Number(m[1]);
      if (y > n) continue;
      findings.push(planYearFinding(root.titleEnd + m.index! + m[0].indexOf(m[1]), n, y));
    }
  }
  return findings;
}
