import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { CompletionItem, Hover, InitializeResult, Location, MarkupContent } from 'vscode-languageserver-protocol';
import { makeDocx } from './support/docx';
import { StdioServer, until } from './support/lspClient';

// The corpus features over --stdio: the seeds plus a folder named in initializationOptions, as a
// Neovim user would configure it. The folder changes while the server runs.
describe('the language server\'s corpus', function () {
  this.timeout(20000);
  let server: StdioServer;
  let folder: string;
  const logged: string[] = [];
  const progress: { kind: string; title?: string }[] = [];
  const uri = 'file:///tmp/draft.txt';
  let outlineWhileBuilding: unknown[] = [];

  const hoverAt = async (line: number, character: number) =>
    (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } })) as Hover | null;
  const hoverValue = async (line: number, character: number) => ((await hoverAt(line, character))?.contents as MarkupContent | undefined)?.value;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'law-report-lsp-corpus-'));
    writeFileSync(join(folder, 'past.txt'), '某县司法局2023年法治政府建设情况报告\n一、主要举措和成效\n全面推行法律顾问制度，成效明显。\n');
    writeFileSync(join(folder, 'broken.docx'), 'not a zip');
    server = new StdioServer();
    server.connection.onNotification('window/logMessage', (params: { message: string }) => logged.push(params.message));
    server.connection.onRequest('window/workDoneProgress/create', () => null);
    server.connection.onNotification('$/progress', (params: { value: { kind: string; title?: string } }) => progress.push(params.value));
    const result = (await server.initialize('zh-cn', {}, { corpus: { folders: [folder] } }, { window: { workDoneProgress: true } })) as InitializeResult;
    assert.equal(result.capabilities.hoverProvider, true);
    assert.equal(result.capabilities.referencesProvider, true);
    assert.ok(result.capabilities.completionProvider);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'law-report', version: 1, text: '二、主要举措\n我们全面推行法律顾问制度。\n学习《民法典》。\n' },
    });
    outlineWhileBuilding = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
    await until('the index', async () => ((await server.connection.sendRequest('lawReport/lookup', { phrase: '法治' })) as { ready: boolean }).ready || undefined);
  });
  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('builds the index in the background with a progress notification, and answers outline meanwhile', async () => {
    assert.equal(outlineWhileBuilding.length, 1);
    await until('the progress end', async () => (progress.some((p) => p.kind === 'end') ? true : undefined));
    assert.deepEqual(progress[0], { kind: 'begin', title: '法治报告：正在建立语料索引', percentage: 0, cancellable: false });
  });

  it('writes one line for a file it leaves out, and one when the index is built', async () => {
    await until('the log line', async () => (logged.some((l) => l.startsWith('语料索引已建立：6 份报告')) ? true : undefined));
    assert.equal(logged.filter((l) => l.includes('broken.docx')).length, 1);
    assert.match(logged.find((l) => l.includes('broken.docx'))!, /不是有效的 Word 文档/);
  });

  it('hovers a phrase with the seeds and the user\'s folder counted', async () => {
    const value = await hoverValue(1, 9);
    // The draft's 全面推行法律顾问制度 is word for word the user's past report: that phrase first, then the
    // shorter 法律顾问制度 that the seeds share too.
    assert.match(value ?? '', /^\*\*全面推行法律顾问制度\*\*：语料中 1 份报告用到，共 1 处\n\n- \[某县司法局 · 2023年\]\(file:\/\/.*past\.txt#L3,1\)/);
    assert.match(value ?? '', /\n\n\*\*法律顾问制度\*\*：语料中 3 份报告用到，共 4 处\n/);
    // The past report's one place is shown once, under the phrase pointed at.
    assert.equal(value!.match(/past\.txt/g)?.length, 1);
  });

  it('completes the typed text from the corpus', async () => {
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, text: '坚持法律顾' }],
    });
    const items = (await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 5 } })) as CompletionItem[];
    const item = items.find((i) => i.label === '法律顾问制度');
    assert.equal(item?.detail, '语料中 3 份报告');
  });

  it('finds every reference in the corpus and the draft', async () => {
    const locations = (await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri },
      position: { line: 1, character: 9 },
      context: { includeDeclaration: true },
    })) as Location[];
    // The phrase the hover shows there (全面推行法律顾问制度, word for word the user's past report) in the
    // draft and in the one report that has it.
    const names = locations.map((l) => l.uri.replace(/.*\//, ''));
    assert.deepEqual(names, ['draft.txt', 'past.txt']);
    assert.deepEqual(locations[1].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 10 } });
  });

  it('answers the search command\'s request with hits', async () => {
    const reply = (await server.connection.sendRequest('lawReport/lookup', { phrase: '《民法典》', maxHits: 3 })) as {
      ready: boolean;
      result: { documents: number; occurrences: number; hits: { uri: string; line: number }[] };
    };
    assert.equal(reply.ready, true);
    assert.deepEqual([reply.result.documents, reply.result.occurrences, reply.result.hits.length], [2, 5, 3]);
    assert.match(reply.result.hits[0].uri, /^file:\/\/.*001_c2acbeb1ffed216f\.txt$/);
  });
});

describe('the language server\'s corpus folder changing while it runs', function () {
  this.timeout(20000);
  let server: StdioServer;
  let folder: string;
  const uri = 'file:///tmp/draft.txt';
  const hoverValue = async () =>
    (((await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 9 } })) as Hover | null)?.contents as
      | MarkupContent
      | undefined)?.value;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'law-report-lsp-corpus-'));
    writeFileSync(join(folder, 'past.txt'), '某县司法局2023年法治政府建设情况报告\n一、主要举措和成效\n全面推行法律顾问制度，成效明显。\n');
    server = new StdioServer();
    await server.initialize('zh-cn', {}, { corpus: { folders: [folder] } });
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'law-report', version: 1, text: '二、主要举措\n我们全面推行法律顾问制度。\n' },
    });
    for (let i = 0; i < 150 && !(await hoverValue())?.includes('语料中 3 份报告'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  });
  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('picks up a report added to the folder, without a restart', async () => {
    assert.match((await hoverValue()) ?? '', /语料中 3 份报告/);
    mkdirSync(join(folder, '2024'));
    writeFileSync(join(folder, '2024', 'new.docx'), await makeDocx(['某市2024年法治政府建设情况报告', '二、主要举措', '坚持法律顾问制度。']));
    let value = '';
    for (let i = 0; i < 150 && !value.includes('语料中 4 份报告'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      value = (await hoverValue()) ?? '';
    }
    assert.match(value, /语料中 4 份报告/);
    assert.match(value, /\[某市 · 2024年\]\(file:\/\/.*new\.docx#L3,3\)/);
  });
});

describe('the language server while a large corpus is being indexed', function () {
  this.timeout(60000);
  let server: StdioServer;
  let folder: string;
  const uri = 'file:///tmp/busy.txt';

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'law-report-big-corpus-'));
    const body = '全面推行法律顾问制度，坚持依法行政，推进严格规范公正文明执法。'.repeat(40);
    for (let i = 0; i < 3000; i++) writeFileSync(join(folder, `r${i}.txt`), `某县${i}号局2023年法治政府建设情况报告\n一、主要举措和成效\n${body}\n`);
  });
  after(async () => {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers outline requests between slices of the build, and says the hover must wait', async () => {
    server = new StdioServer();
    await server.initialize('zh-cn', {}, { corpus: { folders: [folder] } });
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'law-report', version: 1, text: '一、主要举措和成效\n全面推行法律顾问制度。\n' },
    });
    type Reply = { ready: boolean; read?: number; total?: number };
    const lookupReply = () => server.connection.sendRequest('lawReport/lookup', { phrase: '法律顾问' }) as Promise<Reply>;
    // Wait until the build is under way: files listed, some read.
    let reply = await lookupReply();
    for (const until = Date.now() + 20000; Date.now() < until && !reply.ready && !reply.read; ) reply = await lookupReply();
    assert.equal(reply.ready, false, 'the build ended before it could be watched; make the corpus larger');
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as unknown[];
    assert.equal(symbols.length, 1);
    const hover = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 6 } })) as Hover;
    // 3,000 reports and the five seeds.
    assert.match((hover.contents as MarkupContent).value, /^语料索引正在建立（已读 \d+ \/ 3005 个文件），稍后再试。$/);
    assert.equal((await lookupReply()).ready, false);
  });
});


describe('the language server\'s corpus settings from the editor', function () {
  this.timeout(20000);
  let server: StdioServer;
  let workspace: string;
  let corpusSettings: Record<string, unknown> = { folders: ['reports'], includeSeeds: false };
  const uri = 'file:///tmp/settings-draft.txt';

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'law-report-workspace-'));
    mkdirSync(join(workspace, 'reports'));
    writeFileSync(join(workspace, 'reports', 'own.txt'), '某县司法局2023年法治政府建设情况报告\n一、主要举措和成效\n全面推行法律顾问制度。\n');
    server = new StdioServer();
    // As VS Code does: the server asks for lawReport.rules and lawReport.corpus.
    server.connection.onRequest('workspace/configuration', (params: { items: { section: string }[] }) =>
      params.items.map((item) => (item.section === 'lawReport.corpus' ? corpusSettings : {})),
    );
    await server.initialize('zh-cn', {}, undefined, { workspace: { configuration: true } }, pathToFileURL(workspace).href);
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'law-report', version: 1, text: '二、主要举措\n我们全面推行法律顾问制度。\n' },
    });
  });
  after(async () => {
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
  });

  const hoverValue = async () =>
    (((await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 9 } })) as Hover | null)?.contents as
      | MarkupContent
      | undefined)?.value ?? '';
  async function hoverSaying(text: string): Promise<string> {
    for (const until = Date.now() + 15000; Date.now() < until; ) {
      const value = await hoverValue();
      if (value.includes(text)) return value;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no hover saying ${text}; last: ${await hoverValue()}`);
  }

  it('reads a folder relative to the workspace, and leaves the seeds out when told to', async () => {
    corpusSettings = { folders: ['reports'], includeSeeds: false };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    // Only the folder's report: the whole run 全面推行法律顾问制度 is the longest span it holds.
    const value = await hoverSaying('**全面推行法律顾问制度**：语料中 1 份报告用到');
    assert.match(value, /\[某县司法局 · 2023年\]\(file:\/\/.*reports\/own\.txt#L3,1\)/);
  });

  it('answers the search request with nothing found when no corpus is left', async () => {
    corpusSettings = { folders: [], includeSeeds: false };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    let reply: { ready: boolean; result?: { documents: number; hits: unknown[] } } = { ready: false };
    for (const until = Date.now() + 15000; Date.now() < until && !(reply.ready && reply.result?.documents === 0); ) {
      reply = (await server.connection.sendRequest('lawReport/lookup', { phrase: '法律顾问制度' })) as typeof reply;
    }
    assert.deepEqual(reply, { ready: true, result: { phrase: '法律顾问制度', documents: 0, occurrences: 0, hits: [] } });
  });

  it('follows a settings change without a restart', async () => {
    corpusSettings = { folders: ['reports'] };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await hoverSaying('语料中 3 份报告用到');
  });

  it('picks up a folder named before it existed, once the writer creates it', async () => {
    corpusSettings = { folders: ['archive/2024'], includeSeeds: false };
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const lookup = async () => ((await server.connection.sendRequest('lawReport/lookup', { phrase: '法律顾问制度' })) as { ready: boolean; result?: { documents: number } });
    for (const until = Date.now() + 15000; Date.now() < until && (await lookup()).result?.documents !== 0; );
    assert.equal((await lookup()).result?.documents, 0);
    // Two levels created one after the other, as a file manager or `mkdir -p` does.
    mkdirSync(join(workspace, 'archive'));
    mkdirSync(join(workspace, 'archive', '2024'));
    writeFileSync(join(workspace, 'archive', '2024', 'later.txt'), '某区司法局2024年法治政府建设情况报告\n一、主要举措和成效\n全面推行法律顾问制度。\n');
    const value = await hoverSaying('语料中 1 份报告用到');
    assert.match(value, /\[某区司法局 · 2024年\]\(file:\/\/.*archive\/2024\/later\.txt#L3,/);
  });
});
