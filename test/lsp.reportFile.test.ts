import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentSymbol } from 'vscode-languageserver-protocol';
import { READ_REPORT_FILE_REQUEST, type ReadReportFileReply } from '../server/src/protocol';
import { StdioServer } from './support/lspClient';
import { makeWordDraft } from './support/wordFixtures';

// What the editor's 作为年度报告打开 relies on: the server reads a Word report's text, and then
// treats that text, under the read-only scheme, as any other report (outline, diagnostics).
describe('the language server and a Word report', () => {
  let server: StdioServer;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'law-report-lsp-word-'));
    writeFileSync(join(dir, '报告.docx'), await makeWordDraft());
    writeFileSync(join(dir, '网页.pdf'), '<!DOCTYPE html><html><body>报告</body></html>');
    server = new StdioServer();
    await server.initialize();
  });
  after(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a .docx with Word\'s list numbers; the text under the read-only scheme gets its outline', async () => {
    const file = pathToFileURL(join(dir, '报告.docx')).href;
    const reply = (await server.connection.sendRequest(READ_REPORT_FILE_REQUEST, { uri: file })) as ReadReportFileReply;
    assert.ok(reply.ok, JSON.stringify(reply));
    const uri = file.replace(/^file:/, 'law-report-file:');
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'law-report', version: 1, text: reply.text } });
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['一、主要举措和成效', '二、存在的不足和原因', '三、下一年度工作安排', '一、重新编号的列表']);
  });

  it('says in one line why a file cannot be read', async () => {
    const reply = (await server.connection.sendRequest(READ_REPORT_FILE_REQUEST, { uri: pathToFileURL(join(dir, '网页.pdf')).href })) as ReadReportFileReply;
    assert.deepEqual(reply, { ok: false, message: `${join(dir, '网页.pdf')}：是网页（HTML），不是 PDF 或 Word 文件：请下载原文件，或在浏览器中“打印为 PDF”` });
  });
});
