import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, SEEDS_DIR } from './support/documents';
import { readDocx } from './support/docxRead';
import { StdioServer } from './support/lspClient';
import { runCli as run } from './support/cli';

// `law-report export` as a user runs it (the built CLI), and the editor's export request over --stdio.

const SEED = '000_ba84c3ee35943474.txt';

describe('law-report export', () => {
  it('writes FILE.docx next to the draft, leaves the draft as it was, and refuses to overwrite without --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-export-'));
    const draft = join(dir, SEED);
    copyFileSync(join(SEEDS_DIR, SEED), draft);
    const before = readFileSync(draft);
    const target = join(dir, SEED.replace(/\.txt$/, '.docx'));

    const first = run(['export', draft]);
    assert.equal(first.code, 0, first.stderr);
    assert.equal(first.stdout, `已导出：${target}\n`);
    const look = await readDocx(readFileSync(target));
    assert.equal(look.paragraphs[0].text, '沙坪坝区科学技术局关于2020年度法治政府建设情况的报告');
    assert.deepEqual(readFileSync(draft), before);

    writeFileSync(target, 'kept');
    const again = run(['export', draft]);
    assert.equal(again.code, 1);
    assert.equal(again.stderr, `${target}：文件已存在，未覆盖（要覆盖请加 --force）\n`);
    assert.equal(readFileSync(target, 'utf8'), 'kept');
    const english = run(['export', draft], { LAW_REPORT_LANG: 'en' });
    assert.equal(english.stderr, `${target}: the file exists and was not overwritten (add --force to overwrite it)\n`);

    const forced = run(['export', draft, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal((await readDocx(readFileSync(target))).paragraphs[0].text, look.paragraphs[0].text);
  });

  it('exports a draft with template leftovers but says so on stderr; --strict refuses (exit 1) and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-export-'));
    const draft = join(dir, '草稿.txt');
    const target = join(dir, '草稿.docx');
    const text = [
      'XX市XX局2025年度法治政府建设情况报告',
      '一、2025年度推进法治政府建设的主要举措和成效',
      '（一）小标题',
      '二、2025年度推进法治政府建设存在的不足和原因',
      '一是培训方式单一。究其原因，是经费不足。',
      '三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '主要负责人主持召开专题会议4次。',
      '四、2026年度推进法治政府建设的主要安排',
      '深化行政执法体制改革。',
      '',
    ].join('\n');
    writeFileSync(draft, text);

    const strict = run(['export', draft, '--strict']);
    assert.equal(strict.code, 1);
    assert.equal(strict.stderr, `${draft}：报告还有 2 个问题，其中 2 处模板残留。未导出（--strict）。\n`);
    assert.equal(existsSync(target), false);

    const written = run(['export', draft]);
    assert.equal(written.code, 0, written.stderr);
    assert.equal(written.stderr, `${draft}：报告还有 2 个问题，其中 2 处模板残留。仍已导出；运行 law-report check 查看。\n`);
    assert.equal(written.stdout, `已导出：${target}\n`);
    assert.ok(existsSync(target));

    // Filled in, the draft exports without a word on stderr, --strict or not.
    writeFileSync(draft, text.replace('XX市XX局', '南川区司法局').replace('（一）小标题', '（一）健全依法行政制度体系'));
    const clean = run(['export', draft, '--strict', '--force']);
    assert.equal(clean.code, 0, clean.stderr);
    assert.equal(clean.stderr, '');
  });

  it('-o names the output file', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'law-report-export-')), '报告.docx');
    const { code } = run(['export', `seeds/${SEED}`, '-o', out]);
    assert.equal(code, 0);
    assert.ok((await readDocx(readFileSync(out))).paragraphs.length > 20);
  });

  it('gives the other commands’ messages for a missing or binary file (exit 2), and usage for no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-export-'));
    const missing = run(['export', 'no-such-report.txt']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'no-such-report.txt：文件不存在\n');
    assert.ok(!existsSync(join(ROOT, 'no-such-report.docx')));
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const refused = run(['export', binary]);
    assert.equal(refused.code, 2);
    assert.equal(refused.stderr, `${binary}：不是文本文件（含二进制内容）\n`);
    assert.ok(!existsSync(join(dir, 'binary.docx')));
    const none = run(['export']);
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^请给出一个要导出的报告文件\n用法：/);
  });
});

describe('export over the language server', () => {
  let server: StdioServer;
  before(async () => {
    server = new StdioServer();
    await server.initialize();
  });
  after(() => server.stop());

  it('lawReport/exportDocx returns the open document, unsaved edits included, as .docx bytes', async () => {
    const uri = pathToFileURL(join(ROOT, 'draft-never-saved.txt')).href;
    const text = 'XX局2024年度法治政府建设情况报告\n\n一、主要举措和成效\n（一）健全制度。\n二、存在的不足和原因\n';
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'law-report', version: 1, text } });
    const reply = (await server.connection.sendRequest('lawReport/exportDocx', { uri })) as { ok: boolean; base64: string };
    assert.equal(reply.ok, true);
    const look = await readDocx(Buffer.from(reply.base64, 'base64'));
    assert.deepEqual(
      look.paragraphs.map((p) => `${p.style} ${p.text}`),
      ['GwTitle XX局2024年度法治政府建设情况报告', 'GwBody ', 'GwHeading1 一、主要举措和成效', 'GwHeading2 （一）健全制度。', 'GwHeading1 二、存在的不足和原因'],
    );
  });

  it('says so for a document that is not open', async () => {
    const reply = (await server.connection.sendRequest('lawReport/exportDocx', { uri: 'file:///not-open.txt' })) as { ok: boolean; message: string };
    assert.deepEqual(reply, { ok: false, message: '没有打开这份文档，无法导出：file:///not-open.txt' });
  });
});
