import * as assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { lookup } from '../server/src/service';
import { loadCorpus } from '../server/src/node/corpus/corpusLoader';
import { makeDocx } from './support/docx';

// Corpus folders hold whatever a department kept for ten years. Whatever is in them, loading takes
// bounded time and memory, indexes the reports, and leaves out every other file with one line naming it.

const REPORT = '甲市司法局2023年法治政府建设情况报告\n一、主要举措和成效\n推进行政执法三项制度全覆盖。\n';

const BOMB_PART = 'word/document.xml';

/** A real .docx whose document part is padded with 200 MB of spaces between its XML elements: under 1 MB on disk. */
async function zipBomb(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await makeDocx(['乙县2023年法治政府建设情况报告', '推进行政执法三项制度全覆盖。']));
  const xml = await zip.file(BOMB_PART)!.async('nodebuffer');
  const at = xml.indexOf('</w:body>');
  zip.file(BOMB_PART, Buffer.concat([xml.subarray(0, at), Buffer.alloc(200 * 1024 * 1024, 0x20), xml.subarray(at)]));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

/** The same archive with the part's declared size rewritten to 1,000 bytes, in its local header and the central directory. */
function lyingHeaders(bomb: Buffer): Buffer {
  const lying = Buffer.from(bomb);
  const name = Buffer.from(BOMB_PART);
  for (let at = lying.indexOf(name); at >= 0; at = lying.indexOf(name, at + 1)) {
    if (lying.readUInt32LE(at - 30) === 0x04034b50) lying.writeUInt32LE(1000, at - 30 + 22);
    if (lying.readUInt32LE(at - 46) === 0x02014b50) lying.writeUInt32LE(1000, at - 46 + 24);
  }
  return lying;
}

/** Peak resident memory while `run` goes, above what it was before. */
async function peakGrowth<T>(run: () => Promise<T>): Promise<{ result: T; growthMB: number; ms: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMB: (peak - before) / 1048576, ms: performance.now() - start };
  } finally {
    clearInterval(timer);
  }
}

describe('hostile corpus folders', function () {
  this.timeout(120_000);
  let root: string;
  before(() => (root = mkdtempSync(join(tmpdir(), 'law-report-hostile-'))));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('a zip bomb .docx, declared or lying about its size, is refused before it is inflated', async () => {
    const folder = join(root, 'bombs');
    mkdirSync(folder);
    const bomb = await zipBomb();
    assert.ok(bomb.length < 2 * 1024 * 1024, `${bomb.length} bytes`);
    writeFileSync(join(folder, 'bomb.docx'), bomb);
    writeFileSync(join(folder, 'liar.docx'), lyingHeaders(bomb));
    writeFileSync(join(folder, 'report.docx'), await makeDocx(REPORT.trim().split('\n')));
    const logged: string[] = [];
    const { result, growthMB, ms } = await peakGrowth(() => loadCorpus([folder], { log: (line) => logged.push(line) }));
    assert.deepEqual(result.index.documents.map((d) => d.file), [join(folder, 'report.docx')]);
    assert.deepEqual(logged, [
      `${join(folder, 'bomb.docx')}：Word 文档解压后至少 200 MB，超过上限 64 MB（可能是压缩炸弹），已跳过`,
      `${join(folder, 'liar.docx')}：Word 文档中“word/document.xml”解压后的大小与声明的不符（可能是压缩炸弹），已跳过`,
    ]);
    // Inflating either would take 200 MB and seconds; refusing takes neither.
    assert.ok(growthMB < 100, `memory grew by ${growthMB.toFixed(0)} MB`);
    assert.ok(ms < 5000, `${ms.toFixed(0)} ms`);
  });

  it('binary files, symbolic link loops and dangling links are each left out with one line', async () => {
    const folder = join(root, 'mixed');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'report.txt'), REPORT);
    writeFileSync(join(folder, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(folder, 'program.md'), readFileSync(process.execPath).subarray(0, 64 * 1024));
    symlinkSync('self.txt', join(folder, 'self.txt'));
    symlinkSync('pong.txt', join(folder, 'ping.txt'));
    symlinkSync('ping.txt', join(folder, 'pong.txt'));
    symlinkSync('gone.txt', join(folder, 'dangling.txt'));
    symlinkSync('..', join(folder, 'sub', 'up'));
    const logged: string[] = [];
    const loaded = await loadCorpus([folder], { log: (line) => logged.push(line) });
    assert.equal(loaded.index.documents.length, 1);
    assert.equal(lookup(loaded.index, '行政执法三项制度').documents, 1);
    const about = (name: string) => logged.filter((line) => line.startsWith(join(folder, name)));
    assert.match(about('photo.txt').join(), /不是文本文件（含二进制内容），已跳过/);
    assert.match(about('program.md').join(), /不是文本文件（含二进制内容），已跳过/);
    for (const link of ['self.txt', 'ping.txt', 'pong.txt']) assert.match(about(link).join(), /符号链接循环/, link);
    assert.match(about('dangling.txt').join(), /文件夹或文件不存在/);
    // The folder loop (sub/up → ..) is walked once and says nothing.
    assert.equal(logged.length, 6, logged.join('\n'));
  });

  it('an unreadable file is left out with one line saying so', async function () {
    if (process.getuid?.() === 0) this.skip(); // root reads a file whatever its mode: nothing to test here
    const folder = join(root, 'locked');
    mkdirSync(folder);
    writeFileSync(join(folder, 'report.txt'), REPORT);
    writeFileSync(join(folder, 'locked.txt'), REPORT);
    chmodSync(join(folder, 'locked.txt'), 0o000);
    const logged: string[] = [];
    const loaded = await loadCorpus([folder], { log: (line) => logged.push(line) });
    assert.equal(loaded.index.documents.length, 1);
    assert.deepEqual(logged, [`${join(folder, 'locked.txt')}：没有读取权限，已跳过`]);
  });

  it('a folder of 100,000 tiny files: the first 20,000 are indexed, the line says from which file on the rest were not', async () => {
    const folder = join(root, 'many');
    mkdirSync(folder);
    for (let i = 0; i < 100_000; i++) writeFileSync(join(folder, `r${String(i).padStart(6, '0')}.txt`), `丙县${i}年法治政府建设情况报告\n推进依法行政。\n`);
    const logged: string[] = [];
    const { result, growthMB, ms } = await peakGrowth(() => loadCorpus([folder], { log: (line) => logged.push(line) }));
    assert.equal(result.index.documents.length, 20_000);
    assert.deepEqual(logged, [`${folder}：语料文件超过 20000 个，从 ${join(folder, 'r020000.txt')} 起（按名称顺序）的文件未编入索引`]);
    // Loose bounds: a listing or read that grew with the 100,000 would take minutes or gigabytes.
    assert.ok(ms < 60_000, `${ms.toFixed(0)} ms`);
    assert.ok(growthMB < 500, `memory grew by ${growthMB.toFixed(0)} MB`);
  });
});
