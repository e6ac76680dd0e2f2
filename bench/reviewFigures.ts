import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { collectReview } from '../server/src/cli/review/collectReview';
import { renderReviewPage } from '../server/src/cli/review/renderReviewPage';
import { seededRandom, seedLines } from './generateReport';
import { carriedForward, randomReport } from './repeatedFigures';

// The review part of npm run bench: a spring's folder of 200 received reports of about 12,000
// characters, reviewed as `law-report review` does against the seeds, then rendered by Chromium when it
// is installed. Each report is mostly its own text with a dozen of the seeds' lines (wording every
// report shares, and the findings those lines get), and every tenth carries the one before it forward.
// Targets: review ≤ 15 s, page ≤ 5 MB, render ≤ 3 s.

const REPORTS = 200;
const REPORT_CHARS = 12_000;
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

function line(what: string, value: string, target: string, met: boolean): void {
  console.log(`  ${what.padEnd(40)} ${value.padStart(14)}   ${target}: ${met ? 'met' : 'NOT met'}`);
}

export async function reviewFigures(root: string): Promise<void> {
  const seeds = join(root, 'seeds');
  const lines = seedLines(seeds);
  const random = seededRandom(17);
  const dir = mkdtempSync(join(tmpdir(), 'law-report-bench-review-'));
  try {
    let previous = '';
    for (let i = 0; i < REPORTS; i++) {
      const organ = `第${i}市第${i % 7}局`;
      const day = 1 + (i % 40);
      const date = day <= 28 ? `2025年2月${day}日` : `2025年3月${day - 28}日`;
      const own = i % 10 === 9 ? carriedForward(previous) : randomReport(i + 1, organ, REPORT_CHARS);
      previous = own;
      const shared = Array.from({ length: 12 }, () => lines[Math.floor(random() * lines.length)]);
      writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), `${own}\n${shared.join('\n')}\n\n${organ}\n${date}\n`);
    }
    console.log(`review: ${REPORTS} reports of about ${REPORT_CHARS / 1000}K characters, every tenth carried forward, against the seeds`);
    const start = performance.now();
    const data = await collectReview([dir], { corpusFolders: [seeds], log: () => undefined });
    const html = renderReviewPage(data, { nonce: 'bench' });
    const seconds = (performance.now() - start) / 1000;
    const findings = data.reports.reduce((sum, r) => sum + r.findings.length, 0);
    line(`read, check, compare, render (${findings} findings)`, `${seconds.toFixed(1)} s`, 'target ≤ 15 s', seconds <= 15);
    const megabytes = Buffer.byteLength(html) / 1e6;
    line('page size', `${megabytes.toFixed(2)} MB`, 'target ≤ 5 MB', megabytes <= 5);
    if (!existsSync(CHROMIUM)) {
      console.log(`  Chromium render: skipped (no ${CHROMIUM})`);
      return;
    }
    const page = join(dir, 'review.html');
    writeFileSync(page, html);
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    try {
      const tab = await browser.newPage();
      const rendered = performance.now();
      await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
      // Until the browser has laid the page out and painted once.
      await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const renderSeconds = (performance.now() - rendered) / 1000;
      line('Chromium: load and first paint', `${renderSeconds.toFixed(2)} s`, 'target ≤ 3 s', renderSeconds <= 3);
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
