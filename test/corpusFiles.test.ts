import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { lookup } from '../server/src/service';
import { type LoadedCorpus, loadCorpus } from '../server/src/node/corpus/corpusLoader';
import { makeDocx } from './support/docx';

// Corpus folders as users have them: GBK and UTF-16 files, Word documents, and files that are not
// reports at all. Each readable report is indexed; each other file is one line naming it and why.

describe('corpus folders on disk', () => {
  let root: string;
  let folder: string;
  const logged: string[] = [];
  let loaded: LoadedCorpus;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'law-report-corpus-'));
    folder = join(root, 'reports');
    mkdirSync(join(folder, '2023'), { recursive: true });
    writeFileSync(join(folder, 'gbk.txt'), iconv.encode('甲市司法局2023年法治政府建设情况报告\n一、主要举措和成效\n推进行政执法三项制度全覆盖。\n', 'gbk'));
    writeFileSync(join(folder, 'utf16le.txt'), iconv.encode('乙县2022年法治政府建设工作报告\n一、主要举措和成效\n推进行政执法三项制度落地。\n', 'utf-16le', { addBOM: true }));
    writeFileSync(join(folder, '2023', 'utf16be.md'), iconv.encode('丙区法治政府建设年度报告\n推进行政执法公示。\n', 'utf-16be', { addBOM: true }));
    writeFileSync(join(folder, '2023', 'word.docx'), await makeDocx(['丁市2023年度法治政府建设情况报告', '一、主要举措和成效', '全面推进行政执法三项制度改革。']));
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0xff, 0xfe, 0, 1, 2]));
    writeFileSync(join(folder, 'broken.docx'), 'this is not a zip archive');
    writeFileSync(join(folder, 'huge.txt'), '');
    truncateSync(join(folder, 'huge.txt'), 50 * 1024 * 1024); // 50 MB without writing 50 MB
    writeFileSync(join(folder, 'notes.pdf'), '%PDF-1.4');
    writeFileSync(join(folder, 'figures.xlsx'), 'not a report');
    symlinkSync(folder, join(folder, '2023', 'loop'));
    loaded = await loadCorpus([folder, join(root, 'missing')], { log: (line) => logged.push(line) });
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('indexes GBK, UTF-16 (both byte orders) and .docx reports, each with its organisation and year', () => {
    const found = lookup(loaded.index, '推进行政执法');
    assert.equal(found.documents, 4);
    assert.deepEqual(
      found.hits.map((h) => [h.file.slice(folder.length + 1), h.organisation, h.year, h.line]),
      [
        [join('2023', 'utf16be.md'), null, null, 1],
        [join('2023', 'word.docx'), '丁市', 2023, 2],
        ['gbk.txt', '甲市司法局', 2023, 2],
        ['utf16le.txt', '乙县', 2022, 2],
      ],
    );
  });

  it('leaves out each unusable file or folder with one line naming it and the reason', () => {
    const about = (name: string) => logged.filter((line) => line.includes(name));
    assert.equal(about('empty.txt').length, 1);
    assert.match(about('empty.txt')[0], /空文件，已跳过/);
    assert.match(about('binary.txt')[0], /不是文本文件（含二进制内容），已跳过/);
    assert.match(about('broken.docx')[0], /不是有效的 Word 文档（.+），已跳过/);
    assert.match(about('huge.txt')[0], /文件过大（50 MB），语料文件上限为 16 MB，已跳过/);
    assert.match(about('missing')[0], /文件夹或文件不存在/);
    // A PDF cut short after its header is a report file that cannot be read; a spreadsheet is no report file.
    assert.match(about('notes.pdf')[0], /PDF 文件不完整（没有文件结尾，可能下载或复制未完成），已跳过/);
    assert.equal(logged.length, 6, logged.join('\n'));
    assert.equal(about('figures.xlsx').length, 0);
  });

  it('follows a symbolic link loop no further than once round', () => {
    assert.equal(loaded.index.documents.length, 4);
  });

  it('re-reads only changed files on a rebuild and picks up new and deleted ones', async () => {
    writeFileSync(join(folder, 'gbk.txt'), iconv.encode('甲市司法局2024年法治政府建设情况报告\n推进行政复议体制改革。\n', 'gbk'));
    utimesSync(join(folder, 'gbk.txt'), new Date(), new Date(Date.now() + 5000));
    writeFileSync(join(folder, 'new.txt'), '戊县2024年法治政府建设情况报告\n推进行政复议体制改革。\n');
    rmSync(join(folder, 'utf16le.txt'));
    const again = await loadCorpus([folder], { previous: loaded, log: () => undefined });
    assert.deepEqual(again.index.documents.map((d) => d.file.slice(folder.length + 1)), [join('2023', 'utf16be.md'), join('2023', 'word.docx'), 'gbk.txt', 'new.txt']);
    // Unchanged files keep what the last build learnt of them; the changed one is read afresh.
    assert.equal(again.index.documents[1], loaded.index.documents[1]);
    assert.equal(again.index.documents[2].year, 2024);
    assert.equal(lookup(again.index, '推进行政复议').documents, 2);
    assert.equal(lookup(again.index, '推进行政执法').documents, 2);
  });

  it('indexes no more than the file limit and says so once', async () => {
    const lines: string[] = [];
    const limited = await loadCorpus([folder], { maxFiles: 2, log: (line) => lines.push(line) });
    assert.equal(limited.index.documents.length, 2);
    // The line says where indexing stopped: the third file in name order.
    assert.deepEqual(lines.filter((l) => l.includes('语料文件超过 2 个')), [`${folder}：语料文件超过 2 个，从 ${join(folder, 'binary.txt')} 起（按名称顺序）的文件未编入索引`]);
  });
});
