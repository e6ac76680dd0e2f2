import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/cli';
import { SEEDS_DIR, seedNames } from './support/documents';
import { seed001CarriedForward, unrelatedReport } from './support/repeatedDrafts';
import type { SimilarJson } from '../server/src/cli/similar';

function folderOfTen(): string {
  const dir = mkdtempSync(join(tmpdir(), 'law-report-similar-'));
  for (const name of seedNames()) copyFileSync(join(SEEDS_DIR, name), join(dir, name));
  writeFileSync(join(dir, '遂宁市科学技术局2021年度法治政府建设情况报告.txt'), seed001CarriedForward());
  ['东川市司法局', '西岭市教育局', '南溪市民政局', '北塘市财政局'].forEach((organ, i) => writeFileSync(join(dir, `${organ}.txt`), unrelatedReport(i + 11, organ)));
  return dir;
}

describe('law-report similar', () => {
  it('in a folder of ten reports, names the two that copy each other and no other pair above 30 %', () => {
    const dir = folderOfTen();
    const { code, stdout } = runCli(['similar', dir, '--no-seeds', '--json']);
    assert.equal(code, 0);
    const { pairs } = JSON.parse(stdout) as SimilarJson;
    const [top, ...rest] = pairs;
    assert.deepEqual([top.a, top.b].map((f) => f.replace(dir, '')).sort(), ['/001_c2acbeb1ffed216f.txt', '/遂宁市科学技术局2021年度法治政府建设情况报告.txt']);
    assert.ok(top.shareA > 0.6 && top.shareB > 0.6);
    for (const pair of rest) assert.ok(Math.max(pair.shareA, pair.shareB) <= 0.3, JSON.stringify(pair));
    // Passages give 1-based lines in both reports: the heading （一） of seed 001's first part.
    const first = top.passages[0];
    assert.ok(first.length >= 40 && first.aLine >= 1 && first.bLine >= 1);
    assert.match(first.text, /^（一）扎实开展/);
  });

  it('a carried-forward draft against the bundled seeds names seed 001, in words a reviewer reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-similar-'));
    const draft = join(dir, 'draft.txt');
    writeFileSync(draft, seed001CarriedForward());
    const { code, stdout } = runCli(['similar', draft]);
    assert.equal(code, 0);
    const [a, b] = stdout.split('\n');
    assert.match(a, /draft\.txt（98% 与另一份相同）/);
    assert.match(b, /seeds\/001_c2acbeb1ffed216f\.txt（100% 与另一份相同）/);
    assert.match(stdout, /\n {2}8 ↔ 8 {2}5\d\d 字 {2}（一）扎实开展“营商环境优化提升年”行动/);
  });

  it('says so when nothing is shared, and refuses a bad --min with the usage', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-similar-'));
    writeFileSync(join(dir, 'a.txt'), unrelatedReport(1, '东川市司法局'));
    writeFileSync(join(dir, 'b.txt'), unrelatedReport(2, '西岭市司法局'));
    const none = runCli(['similar', dir, '--no-seeds']);
    assert.equal(none.code, 0);
    assert.equal(none.stdout, '没有发现共有文字的报告。\n');
    const bad = runCli(['similar', dir, '--min', 'x']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--min 应为不小于 10 的整数/);
    assert.match(bad.stderr, /用法：/);
  });
});
