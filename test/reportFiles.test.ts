import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { lookup } from '../server/src/service';
import { loadCorpus } from '../server/src/node/corpus/corpusLoader';
import { listReportFiles } from '../server/src/node/files/listReportFiles';
import { readReportBytes, REPORT_FILE_KINDS, reportFileKindOf } from '../server/src/node/files/reportFileKinds';
import { ROOT } from './support/documents';
import { makeDocx } from './support/docx';

// One definition of a report file, shared by the CLI, the language server's corpus and the editor's language.

describe('report file kinds', () => {
  let root: string;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'law-report-kinds-'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('each extension belongs to one kind, and the language’s own extension is one of them', () => {
    const extensions = REPORT_FILE_KINDS.flatMap((k) => k.extensions);
    assert.equal(new Set(extensions).size, extensions.length);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    for (const ext of manifest.contributes.languages[0].extensions) assert.ok(reportFileKindOf(`报告${ext}`), ext);
    assert.equal(reportFileKindOf('报告.DOCX')?.name, 'docx');
    assert.equal(reportFileKindOf('报告.pdf')?.name, 'pdf');
    assert.equal(reportFileKindOf('报告.WPS')?.name, 'doc');
    assert.equal(reportFileKindOf('报告.xlsx'), undefined);
  });

  it('reads text by its encoding (kept for writing back) and Word by its paragraphs; bytes that are not what the name says are a problem', async () => {
    const gbk = await readReportBytes(iconv.encode('甲县2024年度法治政府建设情况报告\n', 'gbk'), '甲县.lawreport');
    assert.deepEqual(gbk, { text: '甲县2024年度法治政府建设情况报告\n', encoding: { encoding: 'gb18030', bom: false } });
    const word = await readReportBytes(await makeDocx(['乙市2024年度法治政府建设情况报告', '一、主要举措和成效']), '乙市.docx');
    assert.ok('text' in word && word.text.startsWith('乙市2024年度法治政府建设情况报告\n一、主要举措和成效'));
    assert.ok(!('encoding' in word), 'a Word file is not written back as text');
    const fake = await readReportBytes(Buffer.from('纯文本，不是 Word 文档'), '丙.docx');
    assert.match('problem' in fake ? fake.problem : '', /^丙\.docx：不是有效的 Word 文档（.+）$/);
  });

  it('a folder walk lists the report files in name order and names the others apart', async () => {
    const folder = join(root, 'walk');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    for (const name of ['b.txt', 'a.lawreport', 'sub/c.md', 'notes.xlsx', '.hidden.txt', '~$lock.docx']) writeFileSync(join(folder, name), '报告');
    const listing = await listReportFiles([folder]);
    assert.deepEqual(
      listing.files.map((f) => f.path),
      ['a.lawreport', 'b.txt', 'sub/c.md'].map((n) => join(folder, n)),
    );
    assert.deepEqual(listing.otherFiles, [join(folder, 'notes.xlsx')]);
    assert.deepEqual(listing.problems, []);
  });

  it('the corpus indexes .lawreport files too', async () => {
    const folder = join(root, 'corpus');
    mkdirSync(folder);
    writeFileSync(join(folder, '丁县.lawreport'), '丁县2023年度法治政府建设情况报告\n一、主要举措和成效\n深化府院联动机制。\n');
    const { index } = await loadCorpus([folder]);
    assert.deepEqual(
      lookup(index, '府院联动').hits.map((h) => [h.file, h.organisation, h.year]),
      [[join(folder, '丁县.lawreport'), '丁县', 2023]],
    );
  });
});
