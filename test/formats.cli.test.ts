import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus } from '../server/src/node/corpus/corpusLoader';
import { exportDocx, lookup } from '../server/src/service';
import { runCli as run } from './support/cli';
import { readSeed, SEEDS_DIR } from './support/documents';
import { convertWithLibreOffice, missingPdfTools } from './support/pdf';
import { makeWordDraft } from './support/wordFixtures';

// The CLI on the files reviewers receive: a folder mixing text, Word, WPS, RTF and PDF reports and a
// broken file; export from a .doc and a PDF; --fix never touching a Word or PDF file.

const REQUIRED = process.env.LAW_REPORT_REQUIRE_PDF === '1';
const SEED = '001_c2acbeb1ffed216f.txt';

describe('the CLI on Word, WPS and PDF reports', function () {
  this.timeout(240_000);
  let dir: string;

  before(async function () {
    const missing = missingPdfTools();
    if (missing.length > 0) {
      if (REQUIRED) throw new Error(`LAW_REPORT_REQUIRE_PDF=1 but ${missing.join(', ')} not found`);
      console.log(`      skipped: ${missing.join(', ')} not found (install LibreOffice Writer and poppler)`);
      this.skip();
    }
    dir = mkdtempSync(join(tmpdir(), 'law-report-formats-cli-'));
    const sources = join(dir, 'sources');
    writeFileSync(join(dir, 'a.docx'), await makeWordDraft());
    writeFileSync(join(dir, 'seed.docx'), await exportDocx(readSeed(SEED)));
    const profile = join(dir, 'profile');
    convertWithLibreOffice([join(dir, 'a.docx'), join(dir, 'seed.docx')], 'doc', sources, profile);
    convertWithLibreOffice([join(dir, 'seed.docx')], 'pdf', sources, profile);
    copyFileSync(join(sources, 'a.doc'), join(dir, 'b.wps'));
    copyFileSync(join(sources, 'seed.doc'), join(dir, 'c.doc'));
    copyFileSync(join(sources, 'seed.pdf'), join(dir, 'd.pdf'));
    copyFileSync(join(SEEDS_DIR, SEED), join(dir, 'e.txt'));
    writeFileSync(join(dir, 'f.pdf'), '<!DOCTYPE html><html><body>报告</body></html>');
    rmSync(sources, { recursive: true });
    rmSync(profile, { recursive: true });
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('check on a mixed folder: every readable file checked, one line for the bad one, exit 2', () => {
    const { code, stdout, stderr } = run(['check', dir, '--json']);
    assert.equal(code, 2);
    assert.equal(stderr, `${join(dir, 'f.pdf')}：是网页（HTML），不是 PDF 或 Word 文件：请下载原文件，或在浏览器中“打印为 PDF”\n`);
    const results = JSON.parse(stdout) as { file: string; title: string; parts: Record<string, boolean>; diagnostics: { code: string; message: string; excerpt: string }[] }[];
    assert.deepEqual(
      results.map((r) => r.file),
      ['a.docx', 'b.wps', 'c.doc', 'd.pdf', 'e.txt', 'seed.docx'].map((n) => join(dir, n)),
    );
    // The seed's text, its .doc and its PDF get the same title, parts and findings (but artifact).
    const view = (r: (typeof results)[number]) => ({
      title: r.title,
      parts: r.parts,
      findings: r.diagnostics.filter((d) => d.code !== 'artifact').map((d) => `${d.code} ${d.message} ${d.excerpt}`),
    });
    const [, , doc, pdf, text] = results;
    assert.deepEqual(view(doc), view(text));
    assert.deepEqual(view(pdf), view(text));
  });

  it('the corpus indexes the same folder: Word, WPS and PDF reports, the HTML page left out with its reason', async () => {
    const logged: string[] = [];
    const { index } = await loadCorpus([dir], { log: (line) => logged.push(line) });
    assert.deepEqual(logged, [`${join(dir, 'f.pdf')}：是网页（HTML），不是 PDF 或 Word 文件：请下载原文件，或在浏览器中“打印为 PDF”，已跳过`]);
    assert.equal(index.documents.length, 6);
    // A sentence of the seed is found in its text, its .doc, its PDF and its .docx.
    const sentence = readSeed(SEED).split('\n').find((line) => line.length > 40)!.slice(0, 12);
    assert.deepEqual(
      [...new Set(lookup(index, sentence).hits.map((h) => h.file))].sort(),
      ['c.doc', 'd.pdf', 'e.txt', 'seed.docx'].map((n) => join(dir, n)),
    );
  });

  it('outline of a .docx shows the headings Word numbers itself', () => {
    const { code, stdout } = run(['outline', join(dir, 'a.docx'), '--json']);
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout) as { symbols: { marker: string; title: string }[] }[];
    assert.deepEqual(
      file.symbols.map((s) => s.marker + s.title),
      ['一、主要举措和成效', '二、存在的不足和原因', '三、下一年度工作安排', '一、重新编号的列表'],
    );
  });

  it('export from a .doc and from a PDF writes the GB/T 9704 .docx with the same outline', () => {
    const expected = JSON.parse(run(['outline', join(dir, 'e.txt'), '--json']).stdout)[0].symbols.map((s: { title: string }) => s.title);
    for (const name of ['c.doc', 'd.pdf']) {
      const output = join(dir, `${name}.exported.docx`);
      const { code, stderr } = run(['export', join(dir, name), '-o', output]);
      assert.equal(code, 0, stderr);
      assert.ok(existsSync(output));
      const symbols = JSON.parse(run(['outline', output, '--json']).stdout)[0].symbols.map((s: { title: string }) => s.title);
      assert.deepEqual(symbols, expected, name);
    }
  });

  it('check --fix on a PDF or a .doc checks it and writes nothing', () => {
    for (const name of ['d.pdf', 'c.doc']) {
      const before = readFileSync(join(dir, name));
      const { stderr } = run(['check', join(dir, name), '--fix']);
      assert.equal(stderr, `${join(dir, name)}：只有纯文本文件能就地修复，此文件只检查、未修改\n`);
      assert.ok(readFileSync(join(dir, name)).equals(before));
    }
  });
});
