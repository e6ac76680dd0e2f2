import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver/node';
import { type ChangedLines, lineBreakSafeDocument } from '../server/src/node/lineBreakSafeDocument';
import { TypingLines } from '../server/src/node/typingLines';

// Which lines count as "being typed": the document update reports the lines each change touched.

type Change = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };
const at = (line: number, character: number) => ({ line, character });

function edit(text: string, ...changes: Change[]): { text: string; lines: ChangedLines | undefined } {
  let lines: ChangedLines | undefined;
  const config = lineBreakSafeDocument((_uri, changed) => (lines = changed));
  const document = config.update(config.create('file:///draft.txt', 'law-report', 1, text), changes, 2);
  return { text: document.getText(), lines };
}

describe('the lines an edit touched', () => {
  const draft = '标题\n一、举措\n正文一。\n正文二。\n正文三。\n';

  it('a keystroke touches its own line; a pasted paragraph every line it fills', () => {
    assert.deepEqual(edit(draft, { range: { start: at(2, 2), end: at(2, 2) }, text: ',' }).lines, { fromLine: 2, toLine: 2 });
    assert.deepEqual(edit(draft, { range: { start: at(2, 0), end: at(2, 0) }, text: '新增一。\n新增二。\n' }).lines, { fromLine: 2, toLine: 4 });
  });

  it('joining two lines touches the one left', () => {
    const { text, lines } = edit(draft, { range: { start: at(2, 4), end: at(3, 0) }, text: '' });
    assert.equal(text, '标题\n一、举措\n正文一。正文二。\n正文三。\n');
    assert.deepEqual(lines, { fromLine: 2, toLine: 2 });
  });

  it('several changes at once (a multi-cursor edit) span from the first to the last, in the new numbering', () => {
    const { text, lines } = edit(
      draft,
      { range: { start: at(1, 0), end: at(1, 0) }, text: '插入\n' },
      { range: { start: at(5, 0), end: at(5, 0) }, text: '，' },
    );
    assert.equal(text, '标题\n插入\n一、举措\n正文一。\n正文二。\n，正文三。\n');
    assert.deepEqual(lines, { fromLine: 1, toLine: 5 });
  });

  it('a \\n typed after a lone \\r joins them into one line break, and the line is counted right', () => {
    const { text, lines } = edit('标题\r正文', { range: { start: at(1, 0), end: at(1, 0) }, text: '\n补充' });
    assert.equal(text, '标题\r\n补充正文');
    assert.deepEqual(lines, { fromLine: 0, toLine: 1 });
  });

  it('a change that changes nothing touches no line', () => {
    assert.equal(edit(draft, { range: { start: at(2, 1), end: at(2, 1) }, text: '' }).lines, undefined);
  });
});

describe('findings held back on the lines being typed', () => {
  const finding = (code: string, line: number): Diagnostic => ({ code, message: code, range: { start: at(line, 0), end: at(line, 1) } });

  it('holds punctuation and artifact findings on the touched lines until the pause is over, and nothing else', () => {
    const typing = new TypingLines(1000);
    typing.changed('u', { fromLine: 2, toLine: 3 }, 0);
    const all = [finding('punctuation', 1), finding('punctuation', 2), finding('artifact', 3), finding('year', 2)];
    const early = typing.filter('u', all, 400);
    assert.deepEqual(early.shown.map((d) => [d.code, d.range.start.line]), [['punctuation', 1], ['year', 2]]);
    assert.equal(early.dueInMs, 600);
    assert.deepEqual(typing.filter('u', all, 1000), { shown: all, dueInMs: 0 });
    typing.forget('u');
    assert.deepEqual(typing.filter('u', all, 400), { shown: all, dueInMs: 0 });
  });
});
