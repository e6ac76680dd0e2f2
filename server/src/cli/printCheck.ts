import * as l10n from '@vscode/l10n';
import { isOptionalPart, PART_NUMBERS, type PartNumber, type Severity } from '../service';
import type { CheckedFile } from './checkedFile';
import { severityLabel } from './severityLabel';


/** One block per file, in reading order (line, then column): "  行:列  级别  规则  说明". */
export function formatFindings(result: CheckedFile): string {
  if (result.diagnostics.length === 0) return `${result.file}\n  ${l10n.t('未发现问题')}\n\n`;
  const inOrder = [...result.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  const lines = inOrder.map((d) => `  ${`${d.line}:${d.column}`.padEnd(8)} ${severityLabel(d.severity)}  ${d.code.padEnd(18)} ${d.message}`);
  return `${result.file}\n${lines.join('\n')}\n\n`;
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, to: number): string {
  return s + ' '.repeat(Math.max(0, to - width(s)));
}

type PartState = 'present' | 'missing' | 'optional';

function partState(result: CheckedFile, part: PartNumber): PartState {
  if (result.parts[part]) return 'present';
  return isOptionalPart(part) ? 'optional' : 'missing';
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/** One report's figures, shared by the table and the CSV. */
interface SummaryRow {
  file: string;
  title: string;
  year: string;
  parts: PartState[];
  counts: string[];
  repeated: string;
}

function summaryRows(results: CheckedFile[], repeated: readonly number[]): SummaryRow[] {
  return results.map((r, i) => ({
    file: r.file,
    title: r.title ?? l10n.t('（无标题）'),
    year: r.year === null ? '—' : String(r.year),
    parts: PART_NUMBERS.map((p) => partState(r, p)),
    counts: SEVERITIES.map((s) => String(r.diagnostics.filter((d) => d.severity === s).length)),
    repeated: `${Math.round(repeated[i] * 100)}%`,
  }));
}

function leadingHeader(): string[] {
  return [l10n.t('文件'), l10n.t('标题'), l10n.t('年度')];
}

function trailingHeader(): string[] {
  return [...SEVERITIES.map(severityLabel), l10n.t('重复')];
}

const MARKS: Record<PartState, string> = { present: '✓', missing: '✗', optional: '–' };

/**
 * The reviewer's table: one row per report, parts 1–5 present or not, counts by severity, and the
 * largest share of the report found in one other report (the others checked, or the corpus); then a
 * legend, since a reviewer reads the table without this tool's documentation at hand.
 */
export function formatSummary(results: CheckedFile[], repeated: readonly number[]): string {
  const header = [...leadingHeader(), PART_NUMBERS.join(' '), ...trailingHeader()];
  const rows = summaryRows(results, repeated).map((r) => [r.file, r.title, r.year, r.parts.map((p) => MARKS[p]).join(' '), ...r.counts, r.repeated]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  const legend = l10n.t('1–5 为规定内容（5 其他需要报告的情况，可无）：✓ 有  ✗ 缺  – 不要求；重复 = 本报告在另一份报告中能找到的最大比例');
  return [line(header), ...rows.map(line), '', legend].join('\n') + '\n';
}

/**
 * The summary as CSV for Excel and WPS表格: a UTF-8 byte order mark (without it both read the file in
 * the system's legacy code page and the Chinese comes out garbled), CRLF line ends, RFC 4180 quoting,
 * one column per part (有 / 缺 / –) and the 重复 share as a percentage.
 */
export function formatSummaryCsv(results: CheckedFile[], repeated: readonly number[]): string {
  const words: Record<PartState, string> = { present: l10n.t('有'), missing: l10n.t('缺'), optional: '–' };
  const header = [...leadingHeader(), ...PART_NUMBERS.map((p) => l10n.t('规定内容{0}', p)), ...trailingHeader()];
  const rows = summaryRows(results, repeated).map((r) => [r.file, r.title, r.year, ...r.parts.map((p) => words[p]), ...r.counts, r.repeated]);
  return '\uFEFF' + [header, ...rows].map((cells) => cells.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(text: string): string {
  // A cell opening with = + - @ (or a tab/CR before one) is a formula to Excel and WPS表格: a title line
  // from a submitted file must show as text, so it gets the apostrophe spreadsheets read as "text".
  const value = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
