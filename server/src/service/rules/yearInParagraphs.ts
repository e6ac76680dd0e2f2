// The year rule's look inside paragraphs (year.ts looks at headings, the opening and the date line):
//   plan part, N = 2024:  2024年底前实现全覆盖            →  2025年底前实现全覆盖
//   parts 1–3, N = 2024:  2023年，县政府主要负责同志……    →  2024年，县政府主要负责同志……
import * as l10n from '@vscode/l10n';
import type { Report, Section } from '../report/model';
import { REQUIRED_PARTS } from '../report/parts';
import type { Finding } from './ruleTypes';

// A year and the deadline after it. Said with 前 or 内 it is always a deadline (2024年底前, 2024年6月底前,
// 2024年内 but not 2024年内部); a half-year, quarter or year end only with a word that makes it one
// (到2024年底, 于2024年上半年, 力争2024年底, or 前 after it).
const DEADLINE =
  /(?<![0-9—－\-–~～])([0-9]{4})年(?:(内(?![部容控涵外在蒙])|年?[底末]前|[0-9一二三四五六七八九十]{1,2}月(?:份|底|末|[0-9]{1,2}日)?前)|(年?[底末]|[上下]半年|第[一二三四1-4]季度))/g;
// Words right before a year that make its half-year or year end a deadline.
const DEADLINE_CUE = /(?:到|(?<!关)于|力争|确保|争取|计划|拟|预计|力争在|确保在|争取在)\s*$/;
// Words right before a year that make it a point of reference, not a deadline: 截至2024年底, 较2024年底.
export const REFERENCE = /(?:截至|截止|较|比|同比|相比|自|从|与|[0-9]年(?:度)?(?:至|到|—|－|-))\s*$/;

/**
 * In the plan part, a deadline in the reported year or before it (2019年内组织轮训 in a 2019 report): the
 * year is over before the plan starts, so it was carried over from last year. Not a year inside a cited
 * title or a period (纲要（2021－2025年）), a reference point (截至2024年底, 较2024年), or a clause that tells
 * what is already done (到2024年底，全区已建成……).
 */
export function planDeadlines(report: Report, n: number): Finding[] {
  const findings: Finding[] = [];
  for (const root of report.sections) {
    if (root.part === null || REQUIRED_PARTS[root.part].headingYear !== 'next') continue;
    const text = report.text.slice(root.titleEnd, root.end);
    for (const m of text.matchAll(DEADLINE)) {
      const y = Number(m[1]);
      if (y > n || y < 1949) continue;
      const before = text.slice(Math.max(0, m.index! - 8), m.index!);
      if (REFERENCE.test(before) || (m[3] && !DEADLINE_CUE.test(before) && text[m.index! + m[0].length] !== '前')) continue;
      if (insideTitle(text, m.index!) || toldAsPast(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) continue;
      findings.push(planYearFinding(root.titleEnd + m.index!, n, y));
    }
  }
  return findings;
}

/** The plan part names year y (four digits at start) where the report on year n plans for n + 1. */
export function planYearFinding(start: number, n: number, y: number): Finding {
  return {
    start,
    end: start + 4,
    message: l10n.t('这是{0}年度报告，安排部分应写{1}年的安排，这里写的是{2}年。', n, n + 1, y),
    fix: { title: l10n.t('改为{0}年', n + 1), edits: [{ start, end: start + 4, newText: String(n + 1) }], safe: false },
  };
}

/**
 * After a deadline, words that make it an earlier one told of, not set: 已 in its clause or the next
 * (到2024年底，全区已建成……), or a 的 right after it (巩固2024年底前完成的改革成果, 对2024年内未办结的案件).
 */
function toldAsPast(after: string): boolean {
  const clauses = after.split(/[。；;！!\n]/, 1)[0].split(/[，,]/, 2);
  return clauses.some((c) => c.includes('已')) || /^[^，,]{0,6}的/.test(after);
}

/** Inside a 《》 still open before `at` on its line. */
function insideTitle(text: string, at: number): boolean {
  return opensTitle(text.slice(text.lastIndexOf('\n', at) + 1, at));
}

/** `before` leaves a 《 open: what follows is inside a cited title (《……2025年工作要点》). */
export function opensTitle(before: string): boolean {
  return (before.match(/《/g)?.length ?? 0) > (before.match(/》/g)?.length ?? 0);
}

/**
 * In the parts on year N (1–3), a paragraph that opens with last year (2023年，县政府主要负责同志认真履行……
 * in a 2024 report) and never names N: the look-back written with last year's number. A paragraph that
 * names N too compares the years (2023年，全市……；2024年，……) and is left alone, as are 2023年以来 and
 * 2023年度考核, which do not open with "Y年，".
 */
export function lookBackOpenings(report: Report, n: number): Finding[] {
  const { text, lines } = report;
  const findings: Finding[] = [];
  const chrome = new Set(report.chromeLines);
  const sectionOn = new Map<number, Section>();
  for (const s of report.allSections) sectionOn.set(s.line, s);
  const last = String(n - 1);
  for (const root of report.sections) {
    if (root.part === null || REQUIRED_PARTS[root.part].headingYear !== 'reported') continue;
    for (let index = root.line; index <= root.lastLine; index++) {
      if (chrome.has(index)) continue;
      const line = lines[index];
      const s = sectionOn.get(index);
      // A paragraph opens at its first character, after an item marker (一是), or after a heading run on
      // with its text ((一）加强领导。2023年，……).
      let from = !s ? line.contentStart : s.kind === 'item' ? s.markerEnd : s.runsOn ? s.titleEnd + 1 : -1;
      while (from >= 0 && from < line.end && /\s/.test(text[from])) from++;
      if (from < 0 || !text.startsWith(last, from) || !/^年度?[，,]/.test(text.slice(from + 4, from + 7))) continue;
      const paragraph = text.slice(from + 4, line.end);
      // Naming this year, going on from last year (至今, 此后), or telling a standing or an honour that the
      // year builds on, makes last year a point of reference (2023年，我市被命名为示范市……在此基础上).
      if (paragraph.includes(String(n)) || /今年|本年|一年来|以来|至今|此后|之后|随后|基础|巩固|命名|评为|获评|荣获|确定为|列为|入选|获批/.test(paragraph)) continue;
      findings.push({
        start: from,
        end: from + 4,
        message: l10n.t('这是{0}年度报告，这一部分应写{0}年的情况，这里写的是{1}年。', n, n - 1),
        fix: { title: l10n.t('改为{0}年', n), edits: [{ start: from, end: from + 4, newText: String(n) }], safe: false },
      });
    }
  }
  return findings;
}
