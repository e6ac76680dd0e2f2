import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { parseReport } from '../server/src/service/report/parseReport';
import { readSeed, ROOT, seedNames } from './support/documents';

// The grammar loaded as VS Code loads it (vscode-textmate + Oniguruma), tokenising real lines.
let grammar: textmate.IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () =>
      textmate.parseRawGrammar(readFileSync(join(ROOT, 'syntaxes', 'law-report.tmLanguage.json'), 'utf8'), 'law-report.tmLanguage.json'),
  });
  grammar = (await registry.loadGrammar('text.law-report'))!;
});

/** The scopes of each token of one line, as [text, scopes joined by space]. */
function tokens(line: string): [string, string][] {
  const { tokens } = grammar.tokenizeLine(line, textmate.INITIAL);
  return tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.join(' ')]);
}

function scopeOf(line: string, text: string): string {
  const found = tokens(line).find(([t]) => t === text);
  assert.ok(found, `no token "${text}" in ${JSON.stringify(tokens(line))}`);
  return found[1];
}

describe('the TextMate grammar', () => {
  it('gives each heading level its own scope, on the marker and on the heading text', () => {
    assert.match(scopeOf('一、主要举措和成效', '一、'), /keyword\.control\.heading\.level1/);
    assert.match(scopeOf('一、主要举措和成效', '主要举措和成效'), /markup\.heading\.1/);
    assert.match(scopeOf('（一）扎实开展行动。根据工作安排', '（一）'), /heading\.level2/);
    assert.match(scopeOf('(一)加强党的全面领导,完善机制。', '(一)'), /heading\.level2/);
    assert.match(scopeOf('1.加强法治建设组织领导。由党组书记', '1.'), /heading\.level3/);
    assert.match(scopeOf('（1）细化任务', '（1）'), /heading\.level4/);
    const markers = ['一、甲', '（一）甲', '1.甲', '（1）甲'].map((l) => tokens(l)[0][1]);
    assert.equal(new Set(markers).size, 4);
  });

  it('ends the heading scope at the first 。 and scopes quotes inside it', () => {
    const line = '（一）扎实开展“营商环境优化提升年”行动。根据工作安排';
    assert.match(scopeOf(line, '营商环境优化提升年'), /string\.quoted\.double/);
    assert.doesNotMatch(scopeOf(line, '。根据工作安排'), /heading/);
  });

  it('does not take 3.5亿元 for a heading; it is a number with a unit', () => {
    assert.match(scopeOf('3.5亿元资金到位。', '3.5亿元'), /constant\.numeric/);
    assert.doesNotMatch(tokens('3.5亿元资金到位。').map((t) => t[1]).join(' '), /heading/);
  });

  it('scopes 一是 items, bookmarks, titles, dates, numbers and document numbers', () => {
    assert.match(scopeOf('\u3000\u3000一是强化基础研究，推动成果应用。', '一是'), /keyword\.other\.item/);
    const bookmark = '[bookmark: _Hlk26169348]1.科学制订专项计划。';
    assert.match(scopeOf(bookmark, '[bookmark: _Hlk26169348]'), /comment\.block\.artifact/);
    assert.match(scopeOf(bookmark, '1.'), /heading\.level3/);
    assert.match(scopeOf('根据《遂宁市“营商环境优化提升年”工作方案》任务分工', '遂宁市“营商环境优化提升年”工作方案'), /string\.other\.title/);
    assert.match(scopeOf('成文于2025年3月24日。', '2025年3月24日'), /constant\.other\.date/);
    assert.match(scopeOf('受理来信86件，办结', '86件'), /constant\.numeric/);
    assert.match(scopeOf('（厅字〔2019〕28号）', '厅字〔2019〕28号'), /constant\.other\.reference/);
  });

  it('tokenises every seed, and every line the model reads as a level-1 heading gets the level-1 scope', () => {
    for (const name of seedNames()) {
      const text = readSeed(name);
      const lines = text.split('\n');
      let state = textmate.INITIAL;
      const scopesByLine = lines.map((line) => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map((t) => t.scopes.join(' ')).join(' ');
      });
      for (const section of parseReport(text).allSections.filter((s) => s.level === 1)) {
        assert.match(scopesByLine[section.line], /heading\.level1/, `${name}:${section.line + 1}`);
      }
    }
  });
});
