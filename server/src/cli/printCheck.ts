import * as l10n from '@vscode/l10n';
import type { Severity } from '../service';
import type { CheckedFile } from './checkedFile';

function severityName(severity: Severity): string {
  switch (severity) {
    case 'error':
      return l10n.t('错误');
    case 'warning':
      return l10n.t('警告');
    case 'information':
      return l10n.t('信息');
    case 'hint':
      return l10n.t('提示');
  }
}

/** One block per file: "  行:列  级别  规则  说明". */
export function formatFindings(result: CheckedFile): string {
  if (result.diagnostics.length === 0) return `${result.file}\n  ${l10n.t('未发现问题')}\n\n`;
  const lines = result.diagnostics.map(
    (d) => `  ${`${d.line}:${d.column}`.padEnd(8)} ${severityName(d.severity)}  ${d.code.padEnd(18)} ${d.message}`,
  );
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

/**
 * The reviewer's table: one row per report, parts 1–5 present or not, counts by severity, and the
 * largest share of the report found in one other report (the others checked, or the corpus).
 */
export function formatSummary(results: CheckedFile[], repeated: readonly number[]): string {
  const header = [l10n.t('文件'), l10n.t('标题'), l10n.t('年度'), '1 2 3 4 5', l10n.t('错误'), l10n.t('警告'), l10n.t('信息'), l10n.t('提示'), l10n.t('重复')];
  const rows = results.map((r, i) => {
    const count = (s: Severity) => String(r.diagnostics.filter((d) => d.severity === s).length);
    const parts = ([1, 2, 3, 4, 5] as const).map((p) => (r.parts[p] ? '✓' : '✗')).join(' ');
    return [r.file, r.title ?? l10n.t('（无标题）'), r.year === null ? '—' : String(r.year), parts, count('error'), count('warning'), count('information'), count('hint'), `${Math.round(repeated[i] * 100)}%`];
  });
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i])).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
