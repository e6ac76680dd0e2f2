import { strict as assert } from 'node:assert';
import { renderReviewPage } from '../server/src/cli/review/renderReviewPage';
import type { ReviewData, ReviewedReport, ReviewFinding } from '../server/src/cli/review/reviewModel';

// The page builder is a pure function of the review data: what a received report says can never become
// markup, and a report with hundreds of findings folds them away.
function report(overrides: Partial<ReviewedReport>): ReviewedReport {
  return {
    file: 'a.txt',
    uri: 'file:///a.txt',
    format: 'text',
    title: 'A局2024年度法治政府建设情况报告',
    org: 'A局',
    year: 2024,
    date: null,
    dateText: null,
    deadline: '2025-03-01',
    late: null,
    parts: { 1: true, 2: true, 3: true, 4: true, 5: false },
    counts: { error: 0, warning: 0, information: 0, hint: 0 },
    repeatedShare: 0,
    outline: [],
    findings: [],
    repeated: [],
    ...overrides,
  };
}

const data = (reports: ReviewedReport[]): ReviewData => ({ inputs: ['收到的报告'], reports, notChecked: [], repeatedMeasured: true });

describe('the review page builder', () => {
  it('escapes every string a report brings: a title, a line or a file name cannot add markup', () => {
    const hostile = '<img src=x onerror=alert(1)>"\'&';
    const html = renderReviewPage(
      data([report({ title: hostile, org: hostile, file: hostile, dateText: hostile, findings: [{ line: 1, code: 'title', severity: 'warning', message: hostile, text: hostile, count: 1 }] })]),
      { nonce: 'n0' },
    );
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;'));
    assert.equal((html.match(/<script/g) ?? []).length, 1);
  });

  it('shows 15 findings, folds the next 35 and names how many more are left to `check`', () => {
    const findings: ReviewFinding[] = Array.from({ length: 300 }, (_, i) => ({ line: i + 1, code: 'punctuation', severity: 'warning', message: '半角逗号', text: `第${i + 1}行`, count: 2 }));
    const html = renderReviewPage(data([report({ findings, counts: { error: 0, warning: 600, information: 0, hint: 0 } })]), { nonce: 'n0' });
    assert.match(html, /问题（600 条）/);
    const [open, folded] = html.split('<details class="more">');
    assert.equal((open.match(/<tr class="finding"/g) ?? []).length, 15);
    assert.equal((folded.match(/<tr class="finding"/g) ?? []).length, 35);
    assert.match(folded, /其余 70 条/);
    assert.match(html, /另有 500 条未列出，可用 law-report check 查看全部。/);
  });

  it('marks a late report in its row and says "no date line" for one without', () => {
    const html = renderReviewPage(data([report({ file: 'late.txt', date: '2025-03-15', dateText: '2025年3月15日', late: true }), report({ file: 'undated.txt' })]), { nonce: 'n0' });
    assert.match(html, /<tr class="report-row is-late"[^>]*data-late="true">.*late\.txt.*<td class="num deadline" data-v="1">逾期<\/td>/);
    assert.match(html, /undated\.txt.*<td class="num deadline" data-v="">无落款日期<\/td>/);
  });
});
