import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { runCli } from './support/cli';
import { reviewFolder, type ReviewFolder } from './support/reviewFolder';

// The review page as a reviewer uses it, in headless Chromium: it must work from the file alone.
// Without Chromium the suite skips, unless LAW_REPORT_REQUIRE_CHROMIUM=1 (CI) says it must run.
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

describe('the review page in Chromium', function () {
  this.timeout(60_000);
  let browser: Browser;
  let page: Page;
  let folder: ReviewFolder;
  const consoleErrors: string[] = [];
  const leaving: string[] = [];

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      if (process.env.LAW_REPORT_REQUIRE_CHROMIUM === '1') throw new Error(`Chromium is required but ${CHROMIUM} does not exist`);
      this.skip();
    }
    folder = reviewFolder();
    const out = join(mkdtempSync(join(tmpdir(), 'law-report-review-page-')), 'review.html');
    const { code } = runCli(['review', folder.dir, '-o', out]);
    assert.equal(code, 0);
    const home = mkdtempSync(join(tmpdir(), 'law-report-chromium-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), XDG_CACHE_HOME: join(home, '.cache') } });
    page = await browser.newPage({ viewport: { width: 1240, height: 1754 }, locale: 'zh-CN' });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    const url = pathToFileURL(out).href;
    // Every request is stopped and noted unless it is the page itself.
    await page.route('**/*', (route) => {
      if (route.request().url() === url) return route.continue();
      leaving.push(route.request().url());
      return route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
  });

  after(async () => {
    await browser?.close();
  });

  it('has one row per report and one not-checked row per broken file', async () => {
    assert.equal(await page.locator('#reports tr.report-row').count(), folder.reports.length);
    assert.equal(await page.locator('#reports tr.not-checked').count(), folder.broken.length);
    assert.equal(await page.locator('details.report').count(), folder.reports.length);
  });

  it('sorts by 警告: most warnings first, then fewest first', async () => {
    const column = await page.locator('#reports thead th').evaluateAll((ths) => ths.findIndex((th) => th.textContent === '警告'));
    assert.ok(column > 0);
    const warnings = () => page.locator('#reports tr.report-row').evaluateAll((rows, i) => rows.map((r) => Number((r as HTMLTableRowElement).cells[i].textContent)), column);
    const before = await warnings();
    await page.locator('#reports thead th').nth(column).click();
    const descending = await warnings();
    assert.deepEqual(descending, [...before].sort((a, b) => b - a));
    assert.notDeepEqual(descending, [...descending].sort((a, b) => a - b), 'the folder has reports with different warning counts');
    assert.equal(await page.locator('#reports thead th').nth(column).getAttribute('aria-sort'), 'descending');
    await page.locator('#reports thead th').nth(column).click();
    assert.deepEqual(await warnings(), [...before].sort((a, b) => a - b));
    // Rows that could not be checked stay at the bottom.
    assert.equal(await page.locator('#reports tbody tr').last().getAttribute('class'), 'not-checked');
  });

  it('marks the late report, and the late filter keeps it alone', async () => {
    const late = page.locator('#reports tr.is-late');
    assert.equal(await late.count(), 1);
    assert.match((await late.textContent()) ?? '', /西岭市教育局.*2025年3月15日逾期/);
    const onTime = page.locator('#reports tr.report-row', { hasText: '东川市司法局' });
    assert.match((await onTime.textContent()) ?? '', /2025年2月20日按时/);
    await page.locator('#filter-late').check();
    assert.equal(await page.locator('#reports tr.report-row:visible').count(), 1);
    assert.equal(await page.locator('#shown-count').textContent(), '1');
    await page.locator('#filter-late').uncheck();
    await page.locator('#filter-part').selectOption('2');
    assert.deepEqual((await page.locator('#reports tr.report-row:visible td:nth-child(1)').allTextContents()).sort(), ['—', '西岭市教育局']);
    await page.locator('#filter-part').selectOption('');
    assert.equal(await page.locator('#reports tr.report-row:visible').count(), folder.reports.length);
  });

  it('opens a report when its title is clicked, with its findings and the line each is on', async () => {
    const details = page.locator('details.report', { hasText: '西岭市教育局2024年度法治政府建设情况报告' });
    assert.equal(await details.getAttribute('open'), null);
    await page.locator('#reports tr.is-late td.title a').click();
    assert.equal(await details.getAttribute('open'), '');
    assert.ok(await details.locator('table.findings').isVisible());
    assert.ok((await details.locator('tr.finding').count()) >= 1);
    assert.ok(await details.locator('.outline li', { hasText: '存在的不足和原因' }).count() === 0, 'the outline is the report’s own');
  });

  it('asks for nothing outside the file and logs no error', async () => {
    await page.locator('#reports thead th').first().click();
    assert.deepEqual(leaving, []);
    assert.deepEqual(consoleErrors, []);
  });

  it('looks like a page to print (screenshot on request)', async function () {
    const shot = process.env.LAW_REPORT_REVIEW_SCREENSHOT;
    if (!shot) this.skip();
    await page.reload({ waitUntil: 'load' });
    await page.screenshot({ path: shot, fullPage: false });
  });
});
