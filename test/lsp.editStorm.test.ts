import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, FoldingRange, Range } from 'vscode-languageserver-protocol';
import { seededRandom } from '../bench/generateReport';
import { readSeed } from './support/documents';
import { StdioServer } from './support/lspClient';

// 10,000 random incremental edits sent to the built server over --stdio, batched as editors batch them.
// The server must end in step with the text: its outline, folding and diagnostics of the edited draft
// equal those of the final text opened fresh under another URI.

const EDITS = 10_000;
const PIECES = [
  '法治政府建设', '主要举措和成效', '存在的不足和原因', '，', '。', ',', '（', '）', '《民法典》', '“', '”', '2024年', '2025.3.24',
  '\n一、', '\n（一）', '\n1.', '\n（1）', '\n一是', '\r\n二、', '\r\n', '\n', '\n\n', '  ', '\u3000\u3000', '𠮷', '[bookmark: _GoBack]',
  '习近平法治思想', '特此报告。', '妥否，请批示', '\n四、2025年工作计划\n',
];

describe('an edit storm over --stdio', function () {
  this.timeout(120_000);

  it(`after ${EDITS.toLocaleString('en')} random incremental edits the outline and diagnostics equal a fresh open's`, async () => {
    const server = new StdioServer();
    const random = seededRandom(77);
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
    const uri = 'file:///storm/edited.txt';
    try {
      // Pull diagnostics and no pause for the line being typed: both URIs then show every finding.
      await server.initialize('zh-cn', { diagnostic: {} }, { typingPauseMs: 0 });
      let local = TextDocument.create(uri, 'law-report', 1, readSeed('001_c2acbeb1ffed216f.txt'));
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'law-report', version: 1, text: local.getText() },
      });

      /** An offset an editor could produce: never between \r and \n, never inside a surrogate pair. */
      const snap = (text: string, offset: number) => {
        const before = text.charCodeAt(offset - 1);
        const after = text.charCodeAt(offset);
        const inPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
        return inPair || (before === 0x0d && after === 0x0a) ? offset - 1 : offset;
      };
      const randomChange = (): { range: Range; text: string } => {
        const text = local.getText();
        const at = snap(text, Math.floor(random() * (text.length + 1)));
        const kind = random();
        // Deletes win when the draft has grown, so it stays a report-sized text.
        const grow = text.length < 6000 ? 0.6 : 0.3;
        let end = at;
        let insert = '';
        if (kind < grow) insert = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PIECES)).join('');
        else if (kind < grow + 0.25) end = snap(text, Math.min(text.length, at + 1 + Math.floor(random() * 12)));
        else {
          // A multi-line replace: from here over a line or two, with text that has line breaks of its own.
          end = snap(text, Math.min(text.length, at + Math.floor(random() * 40)));
          insert = pick(PIECES) + pick(['\n', '\r\n', '\r']) + pick(PIECES) + '\n';
        }
        return { range: { start: local.positionAt(at), end: local.positionAt(end) }, text: insert };
      };

      let sent = 0;
      let version = 1;
      while (sent < EDITS) {
        // Editors send several changes per notification (typing fast, a multi-cursor edit); each applies to
        // the text the previous one left.
        const changes: { range: Range; text: string }[] = [];
        for (let n = 1 + Math.floor(random() * 5); n > 0 && sent < EDITS; n--, sent++) {
          const change = randomChange();
          changes.push(change);
          const edited = TextDocument.applyEdits(local, [{ range: change.range, newText: change.text }]);
          local = TextDocument.create(uri, 'law-report', local.version + 1, edited);
        }
        version++;
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        // Now and then the editor asks for the outline mid-storm, as the Outline view does.
        if (version % 200 === 0) await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      }

      const fresh = 'file:///storm/fresh.txt';
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: fresh, languageId: 'law-report', version: 1, text: local.getText() },
      });
      const features = async (target: string) => ({
        symbols: (await server.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: target } })) as DocumentSymbol[],
        folding: (await server.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri: target } })) as FoldingRange[],
        diagnostics: ((await server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: target } })) as { items: Diagnostic[] }).items,
      });
      const edited = await features(uri);
      const opened = await features(fresh);
      // The storm really changed the draft, and left something to compare.
      assert.notEqual(local.getText(), readSeed('001_c2acbeb1ffed216f.txt'));
      assert.ok(opened.symbols.length > 0 && opened.diagnostics.length > 0);
      assert.deepEqual(edited, opened);
      assert.equal(server.stderr, '');
    } finally {
      await server.stop();
    }
  });
});
