import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli';
import { reviewFolder } from './support/reviewFolder';
import type { ReviewJsonEntry } from '../server/src/cli/review/reviewModel';
import { judgeDeadline } from '../server/src/cli/review/deadline';

describe('law-report review', () => {
  it('--json gives one entry per report with its organ, date line, deadline verdict, parts, counts and repeated share, and a not-checked entry per broken file', () => {
    const folder = reviewFolder();
    const { code, stdout, stderr } = runCli(['review', folder.dir, '--json']);
    assert.equal(code, 0);
    const entries = JSON.parse(stdout) as ReviewJsonEntry[];
    const name = (e: ReviewJsonEntry) => e.file.slice(folder.dir.length + 1);
    const checked = entries.filter((e) => e.notChecked === undefined);
    assert.deepEqual(checked.map(name).sort(), folder.reports);

    const onTime = checked.find((e) => name(e) === folder.onTime)!;
    assert.deepEqual(
      { format: onTime.format, org: onTime.org, year: onTime.year, date: onTime.date, late: onTime.late, parts: onTime.parts },
      { format: 'text', org: '东川市司法局', year: 2024, date: '2025-02-20', late: false, parts: { 1: true, 2: true, 3: true, 4: true, 5: false } },
    );
    const late = checked.find((e) => name(e) === folder.late)!;
    assert.equal(late.late, true);
    assert.equal(late.parts?.['2'], false);
    assert.ok(late.counts!.warning + late.counts!.error >= 1, 'the missing part is a finding');
    // The published seeds carry no date line: no verdict rather than a guess.
    const seed = checked.find((e) => name(e).startsWith('000_'))!;
    assert.equal(seed.date, null);
    assert.equal(seed.late, null);
    // The copied seed is found whole in the bundled seeds; the department's own text nowhere.
    assert.equal(seed.repeatedShare, 1);
    assert.ok(onTime.repeatedShare !== null && onTime.repeatedShare < 0.5);
    const untitled = checked.find((e) => name(e) === folder.untitled)!;
    assert.equal(untitled.title, null);
    assert.ok(untitled.counts !== null);

    const broken = entries.filter((e) => e.notChecked !== undefined);
    assert.deepEqual(broken.map(name).sort(), folder.broken);
    assert.match(broken.find((e) => name(e) === '扫描件.txt')!.notChecked!, /不是文本文件/);
    assert.match(broken.find((e) => name(e) === '空白.txt')!.notChecked!, /空文件/);
    assert.match(stderr, /扫描件\.txt：不是文本文件/);
    assert.match(stderr, /空白\.txt：空文件/);
  });

  it('writes one page with nothing to fetch: every script and style inline and a policy that forbids loading', () => {
    const folder = reviewFolder();
    const out = join(folder.dir, '..', `${Date.now()}-review.html`);
    const { code, stdout } = runCli(['review', folder.dir, '-o', out]);
    assert.equal(code, 0);
    assert.match(stdout, /6 份报告，2 个文件未检查/);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    assert.doesNotMatch(html, /<(?:script|img|link|iframe)\b[^>]*\b(?:src|href)=/i);
    assert.doesNotMatch(html, /url\(|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    assert.equal((html.match(/<tr class="report-row/g) ?? []).length, 6);
    assert.equal((html.match(/<tr class="not-checked"/g) ?? []).length, 2);
    assert.equal((html.match(/<svg /g) ?? []).length, 3);
    assert.match(html, /@page \{ size: A4/);
  });

  it('an empty folder gives a page that says so, in English with --lang en', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-review-empty-'));
    const out = join(dir, 'review.html');
    const zh = runCli(['review', dir, '-o', out]);
    assert.equal(zh.code, 0);
    assert.match(readFileSync(out, 'utf8'), /所给文件夹中没有报告文件/);
    const en = runCli(['review', dir, '-o', out, '--lang', 'en']);
    assert.equal(en.code, 0);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /The given folders hold no report files/);
  });

  it('judges the date line against 3月1日 of the following year, a month without a day as its first', () => {
    assert.deepEqual(judgeDeadline('2025年3月1日', 2024), { date: '2025-03-01', deadline: '2025-03-01', late: false });
    assert.equal(judgeDeadline('2025年3月2日', 2024).late, true);
    assert.equal(judgeDeadline('二〇二五年二月二十八日', 2024).late, false);
    assert.deepEqual(judgeDeadline('2025年3月', 2024), { date: '2025-03', deadline: '2025-03-01', late: false });
    assert.equal(judgeDeadline('2025年4月', 2024).late, true);
    assert.equal(judgeDeadline(null, 2024).late, null);
    assert.equal(judgeDeadline('2025年3月9日', null).late, null);
  });
});
