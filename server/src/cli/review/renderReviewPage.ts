import * as l10n from '@vscode/l10n';
import type { Severity } from '../../service';
import { dateLineChart, findingsPerRuleChart, partsCoverageChart } from './charts';
import { severityLabel } from '../severityLabel';
import { esc, percent } from './html';
import { PAGE_SCRIPT } from './pageScript';
import { PAGE_STYLE } from './pageStyle';
import { PART_KEYS, type NotCheckedFile, type ReviewData, type ReviewedReport } from './reviewModel';

// The reviewer's page as one HTML string: a pure function of the review data, so the CLI writes it to a
// file and the language server hands it to the VS Code webview. Everything is inline and the page's own
// Content Security Policy forbids loading anything, so it opens the same from a USB stick offline.

export interface RenderOptions {
  /** The nonce the inline style and script carry; the CSP allows nothing else. */
  nonce: string;
  /** A webview's own source (its cspSource), allowed for images only; none for a file. */
  cspSource?: string;
  /** Shown in the footer, e.g. the time the page was made. */
  generatedAt?: string;
  lang?: 'zh-CN' | 'en';
}

/** Findings shown before the rest fold away, and the most a report lists at all (the page stays small). */
const FINDINGS_SHOWN = 15;
const FINDINGS_LISTED = 50;
const OUTLINE_LISTED = 60;
const SEVERITIES: Severity[] = ['error', 'warning', 'information', 'hint'];

export function renderReviewPage(data: ReviewData, options: RenderOptions): string {
  const nonce = esc(options.nonce);
  // A source list only (no quotes, no semicolons): nothing given can widen the policy beyond images.
  const cspSource = options.cspSource && /^[\w:/*.-]+(?: [\w:/*.-]+)*$/.test(options.cspSource) ? ` ${options.cspSource}` : '';
  const csp = [`default-src 'none'`, `style-src 'nonce-${nonce}'`, `script-src 'nonce-${nonce}'`, `img-src data:${cspSource}`].join('; ');
  const title = l10n.t('法治政府建设年度报告审阅表');
  const body =
    data.reports.length === 0 && data.notChecked.length === 0
      ? `<p class="empty">${esc(l10n.t('所给文件夹中没有报告文件（可读格式：纯文本、Word 等）。'))}</p>`
      : [controls(data), reportTable(data), charts(data), reportDetails(data)].join('\n');
  return `<!DOCTYPE html>
<html lang="${options.lang ?? 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style nonce="${nonce}">${PAGE_STYLE}</style>
</head>
<body>
<header>
<h1>${esc(title)}</h1>
<p class="meta">${esc(l10n.t('审阅范围：{0}', data.inputs.join('、')))}</p>
${totals(data)}
</header>
${body}
<footer>${esc(l10n.t('报送时限依据《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）：每年3月1日前报告上一年度法治政府建设情况。'))}${options.generatedAt ? ` ${esc(l10n.t('生成时间：{0}', options.generatedAt))}` : ''}</footer>
<script nonce="${nonce}">${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function totals(data: ReviewData): string {
  const late = data.reports.filter((r) => r.late === true).length;
  const onTime = data.reports.filter((r) => r.late === false).length;
  const undated = data.reports.filter((r) => r.late === null).length;
  const item = (label: string, n: number, cls = '') => `<span class="${cls}">${esc(label)} <b>${n}</b></span>`;
  return `<p class="totals">${[
    item(l10n.t('报告'), data.reports.length),
    item(l10n.t('按时'), onTime),
    item(l10n.t('逾期'), late, 'late'),
    item(l10n.t('无法判断时限'), undated),
    item(l10n.t('未检查'), data.notChecked.length),
  ].join('')}</p>`;
}

function controls(data: ReviewData): string {
  const orgs = [...new Set(data.reports.map((r) => r.org ?? ''))].filter((o) => o !== '').sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  return `<section class="controls" aria-label="${esc(l10n.t('筛选'))}">
<label>${esc(l10n.t('机关'))} <select id="filter-org">${option('', l10n.t('全部'))}${orgs.map((o) => option(o, o)).join('')}</select></label>
<label>${esc(l10n.t('缺少部分'))} <select id="filter-part">${option('', l10n.t('不限'))}${PART_KEYS.map((p) => option(p, l10n.t('第{0}部分', p))).join('')}</select></label>
<label><input type="checkbox" id="filter-late"> ${esc(l10n.t('只看逾期'))}</label>
<span class="shown">${esc(l10n.t('显示'))} <b id="shown-count">${data.reports.length}</b> / ${data.reports.length}</span>
</section>`;
}

function reportTable(data: ReviewData): string {
  const th = (label: string, type: 'num' | 'text', hint?: string) => `<th scope="col" data-type="${type}"${hint ? ` title="${esc(hint)}"` : ''}>${esc(label)}</th>`;
  const head = [
    th(l10n.t('机关'), 'text'),
    th(l10n.t('标题'), 'text'),
    th(l10n.t('年度'), 'num'),
    th(l10n.t('格式'), 'text'),
    th(l10n.t('落款日期'), 'text'),
    th(l10n.t('报送时限'), 'num', l10n.t('次年3月1日前（厅字〔2019〕28号）')),
    ...PART_KEYS.map((p) => th(p, 'num', l10n.t('第{0}部分', p))),
    ...SEVERITIES.map((s) => th(severityLabel(s), 'num')),
    th(l10n.t('重复'), 'num', l10n.t('与另一份报告（本批或语料）相同文字的最大占比')),
  ];
  const rows = data.reports.map((r, i) => reportRow(r, i));
  const skipped = data.notChecked.map((n) => notCheckedRow(n, head.length));
  return `<h2>${esc(l10n.t('报告一览'))}</h2>
<table id="reports">
<thead><tr>${head.join('')}</tr></thead>
<tbody>
${[...rows, ...skipped].join('\n')}
</tbody>
</table>`;
}

function deadlineCell(r: ReviewedReport): { text: string; value: string } {
  if (r.date === null) return { text: l10n.t('无落款日期'), value: '' };
  if (r.late === null) return { text: l10n.t('年度不明'), value: '' };
  return r.late ? { text: l10n.t('逾期'), value: '1' } : { text: l10n.t('按时'), value: '0' };
}

function reportRow(r: ReviewedReport, i: number): string {
  const missing = PART_KEYS.filter((p) => !r.parts[p]);
  const deadline = deadlineCell(r);
  const td = (content: string, value: string | number | null, cls = '') => `<td${cls ? ` class="${cls}"` : ''}${value === null ? '' : ` data-v="${esc(value)}"`}>${content}</td>`;
  const partCell = (p: (typeof PART_KEYS)[number]) =>
    r.parts[p] ? td('<span class="yes">✓</span>', 1, 'part') : p === '5' ? td(`<span class="optional" title="${esc(l10n.t('第5部分可无'))}">–</span>`, 0, 'part') : td('<span class="no">✗</span>', 0, 'part');
  const count = (s: Severity) => td(`<span class="${r.counts[s] > 0 ? `sev-${s}` : 'zero'}">${r.counts[s]}</span>`, r.counts[s], 'num');
  const cells = [
    td(esc(r.org ?? '—'), r.org ?? ''),
    td(`<a href="#report-${i}" data-open="report-${i}">${esc(r.title ?? l10n.t('（无标题）'))}</a><div class="file">${esc(r.file)}</div>`, r.title ?? '', 'title'),
    td(r.year === null ? '—' : String(r.year), r.year ?? '', 'num'),
    td(esc(r.format), r.format, 'num'),
    td(esc(r.dateText ?? '—'), r.date ?? '', 'num'),
    td(esc(deadline.text), deadline.value, 'num deadline'),
    ...PART_KEYS.map(partCell),
    ...SEVERITIES.map(count),
    td(percent(r.repeatedShare), r.repeatedShare === null ? '' : r.repeatedShare.toFixed(4), 'num'),
  ];
  return `<tr class="report-row${r.late ? ' is-late' : ''}" data-report="report-${i}" data-org="${esc(r.org ?? '')}" data-missing="${missing.join(' ')}" data-late="${r.late === true}">${cells.join('')}</tr>`;
}

function notCheckedRow(n: NotCheckedFile, columns: number): string {
  return `<tr class="not-checked"><td>${esc(l10n.t('未检查'))}</td><td colspan="${columns - 1}"><span class="file">${esc(n.file)}</span> — ${esc(n.reason)}</td></tr>`;
}

function charts(data: ReviewData): string {
  if (data.reports.length === 0) return '';
  const figure = (caption: string, chart: string) => `<figure><figcaption>${esc(caption)}</figcaption>${chart}</figure>`;
  return `<h2>${esc(l10n.t('统计图'))}</h2>
<section class="charts">
${figure(l10n.t('各规则发现的问题数'), findingsPerRuleChart(data.reports))}
${figure(l10n.t('规定内容覆盖情况（绿：有；红：缺；灰：第5部分可无）'), partsCoverageChart(data.reports))}
${figure(l10n.t('落款日期与报送时限'), dateLineChart(data.reports))}
</section>`;
}

function reportDetails(data: ReviewData): string {
  if (data.reports.length === 0) return '';
  return `<h2>${esc(l10n.t('逐份审阅意见'))}</h2>
${data.reports.map((r, i) => reportSection(r, i)).join('\n')}`;
}

function reportSection(r: ReviewedReport, i: number): string {
  const deadline = deadlineCell(r);
  const facts = [
    l10n.t('机关：{0}', r.org ?? '—'),
    l10n.t('年度：{0}', r.year === null ? '—' : String(r.year)),
    l10n.t('格式：{0}', r.format),
    l10n.t('落款日期：{0}（{1}）', r.dateText ?? '—', deadline.text),
    l10n.t('重复：{0}', percent(r.repeatedShare)),
  ];
  return `<details class="report" id="report-${i}" data-uri="${esc(r.uri)}">
<summary>${esc(r.title ?? l10n.t('（无标题）'))}<span class="file">${esc(r.file)}</span></summary>
<div>
<p class="facts">${facts.map(esc).join(' · ')}</p>
${outlineBlock(r)}
${findingsBlock(r)}
${repeatedBlock(r)}
</div>
</details>`;
}

function outlineBlock(r: ReviewedReport): string {
  if (r.outline.length === 0) return `<h3>${esc(l10n.t('大纲'))}</h3><p class="facts">${esc(l10n.t('没有识别出章节标题。'))}</p>`;
  const items = r.outline.slice(0, OUTLINE_LISTED).map((o) => `<li class="d${o.depth}" data-line="${o.line}"><span class="ln">${o.line}</span>${esc(o.text)}${o.part ? ` <span class="optional">[${esc(l10n.t('第{0}部分', o.part))}]</span>` : ''}</li>`);
  const more = r.outline.length > OUTLINE_LISTED ? `<p class="facts">${esc(l10n.t('另有 {0} 个标题未列出。', r.outline.length - OUTLINE_LISTED))}</p>` : '';
  return `<h3>${esc(l10n.t('大纲'))}</h3><ul class="outline">${items.join('')}</ul>${more}`;
}

function findingsBlock(r: ReviewedReport): string {
  const total = r.findings.reduce((sum, f) => sum + f.count, 0);
  const heading = `<h3>${esc(l10n.t('问题（{0} 条）', total))}</h3>`;
  if (r.findings.length === 0) return `${heading}<p class="facts">${esc(l10n.t('未发现问题'))}</p>`;
  const row = (f: ReviewedReport['findings'][number]) =>
    `<tr class="finding" data-line="${f.line}"><td class="ln">${f.line}</td><td class="sev-${f.severity}">${esc(severityLabel(f.severity))}</td><td>${esc(f.code)}</td><td class="src">${esc(f.text)}</td><td>${esc(f.message)}${f.count > 1 ? ` <b class="times">×${f.count}</b>` : ''}</td></tr>`;
  const head = `<thead><tr><th>${esc(l10n.t('行'))}</th><th>${esc(l10n.t('级别'))}</th><th>${esc(l10n.t('规则'))}</th><th>${esc(l10n.t('原文'))}</th><th>${esc(l10n.t('说明'))}</th></tr></thead>`;
  const listed = r.findings.slice(0, FINDINGS_LISTED);
  const first = listed.slice(0, FINDINGS_SHOWN).map(row).join('');
  const rest = listed.slice(FINDINGS_SHOWN);
  const table = (rows: string) => `<table class="findings">${head}<tbody>${rows}</tbody></table>`;
  const folded = rest.length > 0 ? `<details class="more"><summary>${esc(l10n.t('其余 {0} 条', rest.reduce((sum, f) => sum + f.count, 0)))}</summary>${table(rest.map(row).join(''))}</details>` : '';
  const unlistedCount = r.findings.slice(FINDINGS_LISTED).reduce((sum, f) => sum + f.count, 0);
  const unlisted = unlistedCount > 0 ? `<p class="facts">${esc(l10n.t('另有 {0} 条未列出，可用 law-report check 查看全部。', unlistedCount))}</p>` : '';
  return `${heading}${table(first)}${folded}${unlisted}`;
}

function repeatedBlock(r: ReviewedReport): string {
  const heading = `<h3>${esc(l10n.t('与其他报告相同的文字'))}</h3>`;
  if (r.repeatedShare === null) return `${heading}<p class="facts">${esc(l10n.t('未测量'))}</p>`;
  if (r.repeated.length === 0) return `${heading}<p class="facts">${esc(l10n.t('没有发现与其他报告相同的段落。'))}</p>`;
  const sources = r.repeated.map(
    (s) =>
      `<p>${esc(l10n.t('{0} 与 {1} 相同', percent(s.share), s.source))}</p>${s.passages
        .map((p) => `<p class="passage" data-line="${p.line}"><span class="ln">${p.line}</span>${esc(l10n.t('（来源第 {0} 行，{1} 字）', p.sourceLine, p.length))}${esc(p.text)}</p>`)
        .join('')}`,
  );
  return heading + sources.join('');
}
