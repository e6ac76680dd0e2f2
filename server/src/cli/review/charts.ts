import * as l10n from '@vscode/l10n';
import type { Severity } from '../../service';
import { daysFromDeadline } from './deadline';
import { esc } from './html';
import { PART_KEYS, type ReviewedReport } from './reviewModel';
import { severityLabel } from '../severityLabel';

// The page's three charts as inline SVG (no script, no fonts fetched): findings per rule, which report
// has which part, and when the reports were dated against the 3月1日 deadline. Presentation attributes
// only (no style attributes), so a strict Content Security Policy lets them through.

export const SEVERITY_COLOURS: Record<Severity, string> = { error: '#b3261e', warning: '#c77700', information: '#2f5d9e', hint: '#8a8f98' };
const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];
const WIDTH = 680;
const FONT = 'font-family="inherit" font-size="12"';


function svg(height: number, label: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${esc(label)}">${body}</svg>`;
}

/** Horizontal bars, one per rule, split by severity; most findings first. */
export function findingsPerRuleChart(reports: readonly ReviewedReport[]): string {
  const title = l10n.t('各规则发现的问题数');
  const perRule = new Map<string, Record<Severity, number>>();
  for (const r of reports) {
    for (const f of r.findings) {
      const row = perRule.get(f.code) ?? { error: 0, warning: 0, information: 0, hint: 0 };
      row[f.severity] += f.count;
      perRule.set(f.code, row);
    }
  }
  if (perRule.size === 0) return `<p class="empty-chart">${esc(l10n.t('没有发现问题。'))}</p>`;
  const rows = [...perRule].map(([code, counts]) => ({ code, counts, total: SEVERITIES.reduce((s, k) => s + counts[k], 0) })).sort((a, b) => b.total - a.total || a.code.localeCompare(b.code));
  const max = Math.max(...rows.map((r) => r.total));
  const labelWidth = 170;
  const barSpace = WIDTH - labelWidth - 50;
  const rowHeight = 22;
  const legendHeight = 24;
  let body = '';
  rows.forEach((row, i) => {
    const y = legendHeight + i * rowHeight;
    body += `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end" ${FONT} fill="#222">${esc(row.code)}</text>`;
    let x = labelWidth;
    for (const severity of SEVERITIES) {
      const w = (row.counts[severity] / max) * barSpace;
      if (w > 0) body += `<rect x="${x.toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowHeight - 8}" fill="${SEVERITY_COLOURS[severity]}"><title>${esc(`${row.code} ${severityLabel(severity)} ${row.counts[severity]}`)}</title></rect>`;
      x += w;
    }
    body += `<text x="${(x + 6).toFixed(1)}" y="${y + 15}" ${FONT} fill="#222">${row.total}</text>`;
  });
  body += legend(labelWidth);
  return svg(legendHeight + rows.length * rowHeight + 6, title, body);
}

function legend(x0: number): string {
  let x = x0;
  let out = '';
  for (const severity of SEVERITIES) {
    out += `<rect x="${x}" y="4" width="12" height="12" fill="${SEVERITY_COLOURS[severity]}"/><text x="${x + 16}" y="14" ${FONT} fill="#222">${esc(severityLabel(severity))}</text>`;
    x += 70;
  }
  return out;
}

/** One row per required part, one cell per report: which reports have which part. */
export function partsCoverageChart(reports: readonly ReviewedReport[]): string {
  const title = l10n.t('规定内容覆盖情况');
  if (reports.length === 0) return '';
  const labelWidth = 190;
  const rowHeight = 24;
  const cell = Math.max(2, Math.min(28, (WIDTH - labelWidth - 10) / reports.length));
  const gap = cell >= 8 ? 2 : 0;
  let body = '';
  PART_KEYS.forEach((part, i) => {
    const y = i * rowHeight;
    const present = reports.filter((r) => r.parts[part]).length;
    body += `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end" ${FONT} fill="#222">${esc(l10n.t('第{0}部分 {1}/{2}', part, present, reports.length))}</text>`;
    reports.forEach((r, j) => {
      const fill = r.parts[part] ? '#2e7d4f' : part === '5' ? '#d9dce1' : '#b3261e';
      body += `<rect x="${(labelWidth + j * cell).toFixed(1)}" y="${y + 3}" width="${Math.max(1, cell - gap).toFixed(1)}" height="${rowHeight - 6}" fill="${fill}"><title>${esc(`${r.title ?? r.file}：${r.parts[part] ? '✓' : part === '5' ? '–' : '✗'}`)}</title></rect>`;
    });
  });
  return svg(PART_KEYS.length * rowHeight + 4, title, body);
}

/** Reports per week of their date line, counted from the 3月1日 deadline; late weeks in red. */
export function dateLineChart(reports: readonly ReviewedReport[]): string {
  const title = l10n.t('落款日期与报送时限');
  const days = reports.map((r) => daysFromDeadline(r.date, r.deadline)).filter((d): d is number => d !== null);
  const undated = reports.length - days.length;
  const note = undated > 0 ? `<p class="chart-note">${esc(l10n.t('另有 {0} 份没有落款日期或年度，未计入。', undated))}</p>` : '';
  if (days.length === 0) return `<p class="empty-chart">${esc(l10n.t('没有可判断的落款日期。'))}</p>`;
  // Weeks from the deadline: week 0 ends on the deadline (3月1日 itself is on time).
  const weekOf = (d: number) => Math.ceil(d / 7);
  const first = Math.min(-8, ...days.map(weekOf));
  const last = Math.max(4, ...days.map(weekOf));
  const weeks = Math.min(last - first + 1, 60);
  const counts = new Array<number>(weeks).fill(0);
  for (const d of days) counts[Math.max(0, Math.min(weeks - 1, weekOf(d) - first))]++;
  const max = Math.max(...counts);
  const left = 40;
  const plotWidth = WIDTH - left - 10;
  const plotHeight = 140;
  const top = 26;
  const bar = plotWidth / weeks;
  let body = `<line x1="${left}" y1="${top + plotHeight}" x2="${WIDTH - 10}" y2="${top + plotHeight}" stroke="#555"/>`;
  body += `<text x="${left - 6}" y="${top + 10}" text-anchor="end" ${FONT} fill="#222">${max}</text><text x="${left - 6}" y="${top + plotHeight}" text-anchor="end" ${FONT} fill="#222">0</text>`;
  counts.forEach((count, i) => {
    const week = first + i;
    const h = (count / max) * plotHeight;
    const x = left + i * bar;
    if (count > 0) body += `<rect x="${(x + bar * 0.15).toFixed(1)}" y="${(top + plotHeight - h).toFixed(1)}" width="${Math.max(1, bar * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="${week > 0 ? '#b3261e' : '#2f5d9e'}"><title>${esc(l10n.t('截止日前后第 {0} 周：{1} 份', week, count))}</title></rect>`;
  });
  const deadlineX = left + (0 - first + 1) * bar;
  body += `<line x1="${deadlineX.toFixed(1)}" y1="${top - 8}" x2="${deadlineX.toFixed(1)}" y2="${top + plotHeight + 4}" stroke="#222" stroke-dasharray="4 3"/>`;
  body += `<text x="${deadlineX.toFixed(1)}" y="${top - 12}" text-anchor="middle" ${FONT} fill="#222">${esc(l10n.t('截止：次年3月1日'))}</text>`;
  body += `<text x="${left}" y="${top + plotHeight + 18}" ${FONT} fill="#222">${esc(l10n.t('← 按时（每格一周）'))}</text>`;
  body += `<text x="${WIDTH - 10}" y="${top + plotHeight + 18}" text-anchor="end" ${FONT} fill="#b3261e">${esc(l10n.t('逾期 →'))}</text>`;
  return svg(top + plotHeight + 26, title, body) + note;
}
