import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { readSeed, seedNames } from './support/documents';
import { StdioServer, until } from './support/lspClient';
import { seed001CarriedForward } from './support/repeatedDrafts';

// repeated-text as an editor sees it over --stdio: findings, the title line's CodeLens and the hover,
// against a corpus folder holding last year's report, which is then removed.
describe('the language server\'s repeated-text', function () {
  this.timeout(20000);
  let server: StdioServer;
  let folder: string;
  let pastUri: string;
  const uri = 'file:///tmp/carried.txt';
  const draft = seed001CarriedForward();

  const pull = async () =>
    ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items.filter((d) => d.code === 'repeated-text');
  const lenses = async () => (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as CodeLens[];

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'law-report-lsp-repeated-'));
    const past = join(folder, 'past.txt');
    writeFileSync(past, readSeed(seedNames()[1]));
    pastUri = pathToFileURL(past).href;
    server = new StdioServer();
    await server.initialize('zh-cn', { diagnostic: {} }, { corpus: { folders: [folder], includeSeeds: false } });
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'law-report', version: 1, text: draft } });
    await until('the corpus', async () => ((await server.connection.sendRequest('lawReport/lookup', { phrase: '法治' })) as { ready: boolean }).ready || undefined);
  });
  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('finds each carried-over paragraph, naming last year\'s report and linking its passage', async () => {
    const found = await pull();
    assert.ok(found.length >= 10, `${found.length} findings`);
    for (const d of found) {
      assert.equal(d.severity, 3);
      assert.match(d.message, /^本段有 \d+ 字与《遂宁市科学技术局2020年度法治政府建设工作报告》相同或仅改动了年份、数字、机关名称和标点（占本段 \d+%）。$/);
      assert.equal(d.relatedInformation?.[0].location.uri, pastUri);
    }
    // The added paragraph is the writer's own.
    const added = draft.split('\n').findIndex((l) => l.startsWith('本年度新建成'));
    assert.ok(!found.some((d) => d.range.start.line === added));
  });

  it('puts how much of the draft the report holds on the title line, opening it beside the draft', async () => {
    const [lens, ...more] = await lenses();
    assert.equal(more.length, 0);
    assert.equal(lens.range.start.line, 0);
    assert.match(lens.command!.title, /^与《遂宁市科学技术局2020年度法治政府建设工作报告》重复 9\d%$/);
    assert.deepEqual([lens.command!.command, lens.command!.arguments], ['lawReport.openBeside', [pastUri]]);
  });

  it('hovers a repeated paragraph with its passage beside the source\'s, the moved year in bold', async () => {
    const line = draft.split('\n').findIndex((l) => l.includes('2021年全市国省科技计划项目立项'));
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character: 10 } })) as Hover;
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /^\*\*本段与《遂宁市科学技术局2020年度法治政府建设工作报告》重复 \d+ 字\*\*/);
    assert.match(value, /本稿：/);
    assert.match(value, new RegExp(`\\[来源：\\]\\(${pastUri.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#L${line + 1},\\d+\\)`));
    assert.match(value, /粗体为改动之处。/);
    assert.match(value, /本稿：（一）扎实开展.*202\*\*1\*\*年全市国省科技计划项目/);
    assert.match(value, /\)（一）扎实开展.*202\*\*0\*\*年全市国省科技计划项目/);
  });

  it('follows edits: a paragraph rewritten by the writer is no longer a finding', async () => {
    const before = await pull();
    const target = before[0].range;
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: target, text: '本年度我局自主开展了一项全新的执法监督试点，覆盖全部直属单位，形成了可复制的经验做法。' }],
    });
    const after = await pull();
    assert.equal(after.length, before.length - 1);
    assert.ok(!after.some((d) => d.range.start.line === target.start.line));
  });

  it('stops counting a corpus report once its file is removed', async () => {
    unlinkSync(join(folder, 'past.txt'));
    await until('the report to leave the corpus', async () => ((await pull()).length === 0 ? true : undefined));
    assert.deepEqual(await lenses(), []);
  });
});
