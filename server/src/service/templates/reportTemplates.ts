import snippets from '../../../../snippets/law-report.json';
import { withDefaults } from './snippetText';

export type SnippetName = keyof typeof snippets;

export function snippetBody(name: SnippetName): string {
  return snippets[name].body.join('\n');
}

/**
 * The whole-report skeleton for the 新建年度报告 command: the reported year is last year, the date
 * line today (reports are written early in the following year). Tab stops stay, so the writer can
 * tab through the organisation, addressee and body.
 */
export function newReportSnippet(today: Date): string {
  return withDefaults(snippetBody('年度报告全文'), {
    2: String(today.getFullYear() - 1),
    11: String(today.getFullYear()),
    12: String(today.getMonth() + 1),
    13: String(today.getDate()),
  });
}
