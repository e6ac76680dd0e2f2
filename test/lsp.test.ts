import * as assert from 'node:assert/strict';
import type { DocumentSymbol, FoldingRange, InitializeResult } from 'vscode-languageserver-protocol';
import { readSeed } from './support/documents';
import { StdioServer } from './support/lspClient';

// The built server over --stdio, spoken to with the protocol library as an editor would.
describe('the language server over --stdio', () => {
  let server: StdioServer;
  before(() => (server = new StdioServer()));
  after(() => server.stop());

  const uri = 'file:///tmp/000.txt';

  it('announces document symbols, folding and incremental sync', async () => {
    const result = (await server.initialize()) as InitializeResult;
    assert.equal(result.capabilities.documentSymbolProvider !== undefined, true);
    assert.equal(result.capabilities.foldingRangeProvider, true);
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
  });

  it('gives a seed its outline as hierarchical document symbols', async () => {
    await server.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'law-report', version: 1, text: readSeed('000_ba84c3ee35943474.txt') },
    });
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
    const ranges = (await server.connection.sendRequest('textDocument/foldingRange', {
      textDocument: { uri },
    })) as FoldingRange[];
    const pairs = ranges.map((r) => [r.startLine, r.endLine]);
    assert.deepEqual(pairs, [[4, 17], [6, 9], [10, 14], [15, 17], [18, 19], [20, 24]]);
  });

  it('follows incremental edits: a heading typed in shows up in the outline', async () => {
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

  it('answers in English when the editor runs in English', async () => {
    const english = new StdioServer();
    try {
      await english.initialize('en');
      await english.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'law-report', version: 1, text: readSeed('001_c2acbeb1ffed216f.txt') },
      });
      const symbols = (await english.connection.sendRequest('textDocument/documentSymbol', {
        textDocument: { uri },
      })) as DocumentSymbol[];
      assert.equal(symbols[3].detail, 'Required part 4: plans for next year');
    } finally {
      await english.stop();
    }
  });
});
