import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { ROOT, SEEDS_DIR } from './support/documents';

// Runs the built CLI as a user would (npm test builds first).
const CLI = join(ROOT, 'dist', 'cli', 'law-report.js');
function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('law-report outline', () => {
  it('--json gives {file, title, year, symbols} per file with the contract fields', () => {
    const { code, stdout } = run(['outline', 'seeds/001_c2acbeb1ffed216f.txt', '--json']);
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout);
    assert.deepEqual(Object.keys(file).sort(), ['file', 'symbols', 'title', 'year']);
    assert.equal(file.file, 'seeds/001_c2acbeb1ffed216f.txt');
    assert.equal(file.title, '遂宁市科学技术局2020年度法治政府建设工作报告');
    assert.equal(file.year, 2020);
    const third = file.symbols[2];
    assert.deepEqual(
      { ...third, children: third.children.length },
      {
        name: '三、党政主要负责人履行推进法治政府建设第一责任人职责情况',
        kind: 'heading',
        level: 1,
        marker: '三、',
        title: '党政主要负责人履行推进法治政府建设第一责任人职责情况',
        part: 3,
        line: 18,
        children: 5,
      },
    );
    assert.equal(file.symbols[1].children[0].kind, 'item');
    assert.equal(file.symbols[1].children[0].level, null);
  });

  it('a folder means every .txt and .md in it, in name order', () => {
    const { code, stdout } = run(['outline', 'seeds', '--json']);
    assert.equal(code, 0);
    const files = JSON.parse(stdout).map((f: { file: string }) => f.file);
    assert.deepEqual(files, [0, 1, 2, 3, 4].map((i) => join('seeds', require('node:fs').readdirSync(SEEDS_DIR).sort()[i])));
  });

  it('prints a readable tree by default, with line numbers and parts', () => {
    const { code, stdout } = run(['outline', 'seeds/000_ba84c3ee35943474.txt']);
    assert.equal(code, 0);
    assert.match(stdout, /标题：沙坪坝区科学技术局关于2020年度法治政府建设情况的报告　年度：2020/);
    assert.match(stdout, /\n {3}7 {4}（一）履行第一责任人职责情况 {2}〔规定内容3：第一责任人履职〕\n/);
  });

  it('speaks English when the shell does', () => {
    const { stdout } = run(['outline', 'seeds/000_ba84c3ee35943474.txt'], { LANG: 'en_US.UTF-8' });
    assert.match(stdout, /Title: 沙坪坝区科学技术局关于2020年度法治政府建设情况的报告 {2}Year: 2020/);
    assert.match(stdout, /Required part 3: duties of the principal leaders/);
  });

  it('exits 2 with a one-line message for a missing file, and still prints the others', () => {
    const { code, stdout, stderr } = run(['outline', 'no-such-report.txt', 'seeds/003_8c3b9c5e3110019a.txt', '--json']);
    assert.equal(code, 2);
    assert.equal(stderr, 'no-such-report.txt：文件不存在\n');
    assert.equal(JSON.parse(stdout).length, 1);
  });

  it('exits 2 for a binary file and reads GBK and UTF-16 files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-cli-'));
    const draft = 'XX局2024年度法治政府建设情况报告\n一、主要举措和成效\n二、存在问题\n';
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode(draft, 'gbk'));
    writeFileSync(join(dir, 'utf16.txt'), iconv.encode(draft, 'utf-16le', { addBOM: true }));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const good = run(['outline', join(dir, 'gbk.txt'), join(dir, 'utf16.txt'), '--json']);
    assert.equal(good.code, 0);
    for (const file of JSON.parse(good.stdout)) assert.equal(file.title, 'XX局2024年度法治政府建设情况报告');
    const bad = run(['outline', join(dir, 'binary.txt')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /不是文本文件/);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });

  it('an empty file is fine: no title, no headings, exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, stdout } = run(['outline', join(dir, 'empty.txt')]);
    assert.equal(code, 0);
    assert.match(stdout, /未识别到章节标题/);
  });

  it('exits 2 on an unknown command or option', () => {
    assert.equal(run(['frobnicate']).code, 2);
    assert.equal(run(['outline', '--nope', 'seeds']).code, 2);
  });
});
