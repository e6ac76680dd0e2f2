import * as assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, DocumentSymbol, FoldingRange, InitializeResult } from 'vscode-languageserver-protocol';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { readSeed } from './support/documents';
import { StdioServer } from './support/lspClient';

// The built server over --stdio, spoken to with the protocol library as an editor would.
describe('the language server over --stdio', () => {
  let server: StdioServer;
  let initialized: InitializeResult;
  let opened = 0;
  before(async () => {
    server = new StdioServer();
    initialized = (await server.initialize()) as InitializeResult;
  });
  after(() => server.stop());

  /** Opens a seed under a fresh URI, so no test sees another's edits. */
  async function openSeed(): Promise<string> {
    const uri = `file:///tmp/${String(opened++).padStart(3, '0')}.txt`;
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'law-report', version: 1, text: readSeed('000_ba84c3ee35943474.txt') },
    });
    return uri;
  }

  it('announces document symbols, folding and incremental sync', () => {
    assert.equal(initialized.capabilities.documentSymbolProvider !== undefined, true);
    assert.equal(initialized.capabilities.foldingRangeProvider, true);
    assert.deepEqual(initialized.capabilities.textDocumentSync, { openClose: true, change: 2 });
  });

  it('gives a seed its outline as hierarchical document symbols', async () => {
    const uri = await openSeed();
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => s.name), ['一、主要举措与成效', '二、存在问题', '三、2021年工作计划']);
    assert.equal(symbols[0].detail, '规定内容1：主要举措和成效');
    assert.deepEqual(symbols[0].children?.map((s) => s.name), ['（一）履行第一责任人职责情况', '（二）全面依法履行部门职能', '（三）完善依法行政工作机制']);
    assert.equal(symbols[0].children?.[0].detail, '规定内容3：第一责任人履职');
    assert.deepEqual(symbols[0].selectionRange, { start: { line: 4, character: 0 }, end: { line: 4, character: 9 } });
    assert.deepEqual(symbols[0].range.start, { line: 4, character: 0 });
    assert.equal(symbols[0].range.end.line, 17);
  });

  it('folds each section and item that spans lines', async () => {
    const uri = await openSeed();
    const ranges = (await server.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri },
    })) as FoldingRange[];
    const pairs = ranges.map((r) => [r.startLine, r.endLine]);
    assert.deepEqual(pairs, [[4, 17], [6, 9], [10, 14], [15, 17], [18, 19], [20, 24]]);
  });

  it('follows incremental edits: a heading typed in shows up in the outline', async () => {
    const uri = await openSeed();
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 19, character: 0 }, end: { line: 19, character: 0 } }, text: '（一）原因分析。\n' }],
    });
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', {
      textDocument: { uri },
    })) as DocumentSymbol[];
    assert.deepEqual(symbols[1].children?.map((s) => s.name), ['（一）原因分析']);
    assert.equal(symbols[2].selectionRange.start.line, 21);
  });

  it('a line break typed right after a lone \\r (a CR draft from another editor) keeps headings on their lines', async () => {
    // The \r and the new \n make one CRLF: still three lines, not four.
    const cr = 'file:///drafts/cr.txt';
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: cr, languageId: 'law-report', version: 1, text: 'XX局2024年度法治政府建设情况报告\r一、主要举措和成效\r二、存在的不足和原因\r' },
    });
    await server.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: cr, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: '\n' }],
    });
    const symbols = (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: cr } })) as DocumentSymbol[];
    assert.deepEqual(symbols.map((s) => [s.name, s.selectionRange.start.line]), [['一、主要举措和成效', 1], ['二、存在的不足和原因', 2]]);
  });

  describe('the language it answers in (lawReport.language wins over the editor\'s locale)', () => {
    /** The Outline detail of seed 001's part 4, from a server started with this locale and these settings. */
    async function partFourDetail(locale: string, language: unknown, how: 'configuration' | 'options' = 'configuration') {
      const uri = 'file:///tmp/language.txt';
      const other = new StdioServer();
      try {
        const asked = new Promise<void>((resolve) =>
          other.connection.onRequest('workspace/configuration', (params: { items: { section: string }[] }) => {
            resolve();
            return params.items.map((item) => (item.section === 'lawReport.language' ? language : null));
          }),
        );
        if (how === 'configuration') {
          await other.initialize(locale, {}, undefined, { workspace: { configuration: true } });
          await asked;
        } else {
          await other.initialize(locale, {}, language === undefined ? undefined : { language });
        }
        await other.connection.sendNotification('textDocument/didOpen', {
          textDocument: { uri, languageId: 'law-report', version: 1, text: readSeed('001_c2acbeb1ffed216f.txt') },
        });
        const symbols = (await other.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
        return symbols[3].detail;
      } finally {
        await other.stop();
      }
    }

    it('Chinese when VS Code runs in English and the setting is left at its default (zh-CN)', async () => {
      assert.equal(await partFourDetail('en', 'zh-CN'), '规定内容4：下一年度安排');
    });
    it('English when the setting says en, even in a Chinese VS Code', async () => {
      assert.equal(await partFourDetail('zh-cn', 'en'), 'Required part 4: plans for next year');
    });
    it('the editor\'s language when the setting says auto', async () => {
      assert.equal(await partFourDetail('en', 'auto'), 'Required part 4: plans for next year');
      assert.equal(await partFourDetail('zh-cn', 'auto'), '规定内容4：下一年度安排');
    });
    it('Chinese for an editor that has no settings to give, whatever its locale; initializationOptions.language can ask for English', async () => {
      assert.equal(await partFourDetail('en', undefined, 'options'), '规定内容4：下一年度安排');
      assert.equal(await partFourDetail('en', 'en', 'options'), 'Required part 4: plans for next year');
    });
  });
});

describe('diagnostics and quick fixes over --stdio', () => {
  const draft = [
    '南川区司法局2024年度法治政府建设情况报告',
    '一、2024年度推进法治政府建设的主要举措和成效',
    '(一)加强领导。成立法治政府建设领导小组。',
    '二、2024年度推进法治政府建设存在的不足和原因',
    '原因是培训不足。',
    '三、2025年度推进法治政府建设的主要安排',
    '',
  ].join('\n');
  const uri = 'file:///tmp/draft.txt';

  it('pushes diagnostics to a client without pull support, and a quick fix removes its finding', async () => {
    const server = new StdioServer();
    try {
      await server.initialize();
      const published: { uri: string; diagnostics: Diagnostic[] }[] = [];
      server.connection.onNotification('textDocument/publishDiagnostics', (p) => published.push(p));
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'law-report', version: 1, text: draft } });
      const first = await waitFor(() => published.find((p) => p.uri === uri));
      const codes = first.diagnostics.map((d) => d.code).sort();
      assert.deepEqual(codes, ['heading-marker', 'missing-part']);
      const missing = first.diagnostics.find((d) => d.code === 'missing-part')!;
      assert.match(missing.message, /第一责任人/);

      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: missing.range,
        context: { diagnostics: [missing] },
      })) as CodeAction[];
      assert.equal(actions.length, 1);
      const edits = actions[0].edit!.changes![uri];
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'law-report', 1, draft), edits);
      assert.match(fixed, /\n三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\n/);
      assert.match(fixed, /\n四、2025年度推进法治政府建设的主要安排\n/);

      published.length = 0;
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
      const second = await waitFor(() => published.find((p) => p.uri === uri));
      // The missing part is gone; the inserted part's guidance line is the writer's to fill in.
      assert.deepEqual(second.diagnostics.map((d) => d.code), ['heading-marker', 'placeholder']);
      const guidance = second.diagnostics.find((d) => d.code === 'placeholder')!;
      assert.equal(fixed.split('\n')[guidance.range.start.line], '主要负责人履职情况。');
    } finally {
      await server.stop();
    }
  });

  it('offers, beside a half-width comma\'s fix, the fix-all quick fix with its count, and source.fixAll when asked for by kind', async () => {
    const server = new StdioServer();
    try {
      await server.initialize('zh-cn', { diagnostic: {} });
      const text = draft.replace('加强领导。', '加强领导,压实责任,狠抓落实。');
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'law-report', version: 1, text } });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
      const comma = report.items.find((d) => d.code === 'punctuation')!;
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: comma.range,
        context: { diagnostics: [comma], triggerKind: 1 },
      })) as CodeAction[];
      // Two commas and the (一) marker.
      const quick = actions.filter((a) => a.kind === 'quickfix').map((a) => a.title);
      assert.equal(quick[1], '修正本文件中全部可自动修正的问题（3 处）');
      const all = actions.find((a) => a.title === quick[1] && a.kind === 'quickfix')!;
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'law-report', 1, text), all.edit!.changes![uri]);
      assert.ok(fixed.includes('（一）加强领导，压实责任，狠抓落实。'));
      const onSave = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll'], triggerKind: 2 },
      })) as CodeAction[];
      assert.deepEqual(onSave.map((a) => a.kind), ['source.fixAll']);
      assert.deepEqual(onSave[0].edit, all.edit);
    } finally {
      await server.stop();
    }
  });

  it('answers diagnostic pulls from a client that pulls (VS Code)', async () => {
    const server = new StdioServer();
    try {
      const result = (await server.initialize('zh-cn', { diagnostic: {} })) as InitializeResult;
      assert.ok(result.capabilities.diagnosticProvider);
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'law-report', version: 1, text: draft } });
      const report = (await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
      assert.deepEqual(report.items.map((d) => d.code).sort(), ['heading-marker', 'missing-part']);
      const marker = report.items.find((d) => d.code === 'heading-marker')!;
      // The code links to the rule's section of docs/rules.md, shipped beside the server.
      assert.match(marker.codeDescription!.href, /^file:\/\/.*\/docs\/rules\.md#heading-marker$/);
      assert.ok(existsSync(fileURLToPath(marker.codeDescription!.href.replace(/#.*/, ''))));
      assert.equal(marker.severity, 2);
      assert.deepEqual(marker.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } });
    } finally {
      await server.stop();
    }
  });
});

describe('the line being typed', () => {
  it('gets its punctuation findings only after a pause; other lines get theirs at once', async () => {
    const server = new StdioServer();
    const uri = 'file:///tmp/typing.txt';
    try {
      await server.initialize('zh-cn', { diagnostic: {} }, { typingPauseMs: 400 });
      const text = 'XX局2024年度法治政府建设情况报告\n一、主要举措和成效\n正文,正文。\n正文。\n';
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'law-report', version: 1, text } });
      await server.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ range: { start: { line: 3, character: 2 }, end: { line: 3, character: 2 } }, text: ',而且' }],
      });
      const pull = async () =>
        ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] }).items
          .filter((d) => d.code === 'punctuation')
          .map((d) => d.range.start.line);
      assert.deepEqual(await pull(), [2]);
      await new Promise((r) => setTimeout(r, 500));
      assert.deepEqual(await pull(), [2, 3]);
    } finally {
      await server.stop();
    }
  });
});

async function waitFor<T>(get: () => T | undefined, ms = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const value = get();
    if (value !== undefined) return value;
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
