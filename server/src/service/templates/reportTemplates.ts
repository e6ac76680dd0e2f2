import parts from '../../../../snippets/law-report.json';
import whole from '../../../../snippets/report.json';
import { type SnippetValues, withDefaults } from './snippetText';

// The parts' snippets are contributed to VS Code as they are; the whole report is offered by the
// extension itself (and the 新建年度报告 command), because its years depend on the date and the file name.
const snippets = { ...parts, ...whole };

export type SnippetName = keyof typeof snippets;

export function snippetBody(name: SnippetName): string {
  return snippets[name].body.join('\n');
}

/** The prefixes that offer the whole-report template (报告, baogao, report …). */
export const WHOLE_REPORT_PREFIXES: readonly string[] = whole['年度报告全文'].prefix;
export const WHOLE_REPORT_DESCRIPTION: string = whole['年度报告全文'].description;

/**
 * The year a report begun today is about. Reports are drafted from December to February and filed by
 * 3月1日: from July on it is this year's report, before July last year's.
 */
export function reportYearFor(today: Date): number {
  return today.getMonth() >= 6 ? today.getFullYear() : today.getFullYear() - 1;
}

/** The year a file name gives (2025年度法治政府建设情况报告.txt → 2025), if it names one. */
export function reportYearInFileName(fileName: string | undefined): number | undefined {
  const match = /(?<!\d)((?:19|20)\d\d)(?=年)/.exec(fileName ?? '');
  return match ? Number(match[1]) : undefined;
}

/**
 * The whole-report template with its years filled in, tab stops kept so the writer can tab through
 * the organisation, addressee and body: the reported year N from the file name when it names one,
 * else from today; the date line in N+1 (when the report is filed), today's month and day when today
 * is in N+1, else left as X月X日 to be filled (the placeholder rule points at it until it is).
 */
export function newReportSnippet(today: Date, fileName?: string): string {
  const year = reportYearInFileName(fileName) ?? reportYearFor(today);
  const values: SnippetValues = { 2: String(year), 11: String(year + 1) };
  if (today.getFullYear() === year + 1) Object.assign(values, { 12: String(today.getMonth() + 1), 13: String(today.getDate()) });
  return withDefaults(snippetBody('年度报告全文'), values);
}
