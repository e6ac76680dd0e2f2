import * as assert from 'node:assert/strict';
import { createReportService } from '../server/src/service';
import { decodeText } from '../server/src/node/readText';
import { doc } from './support/documents';

// The server never crashes on text: whatever arrives gets a (possibly empty) outline.
function runAll(text: string) {
  const service = createReportService();
  const document = doc(text);
  return {
    symbols: service.documentSymbols(document),
    folding: service.foldingRanges(document),
    outline: service.outline('x', document),
  };
}

describe('bad input', () => {
  it('an empty draft has no title and no symbols', () => {
    const { symbols, outline } = runAll('');
    assert.deepEqual(symbols, []);
    assert.equal(outline.title, null);
    assert.equal(outline.year, null);
  });

  it('whitespace only', () => {
    assert.deepEqual(runAll(' \n\u3000\u3000\r\n\t\r\r\n').symbols, []);
  });

  it('1 MB on one line', () => {
    const line = '一、' + '法治政府建设，'.repeat(150_000);
    const { symbols } = runAll(line);
    assert.equal(symbols.length, 1);
    assert.ok(symbols[0].name.length <= 80);
  });

  it('random bytes decoded as text', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let round = 0; round < 20; round++) {
      const bytes = new Uint8Array(20_000).map(() => Math.floor(random() * 256));
      const text = new TextDecoder('utf-8').decode(bytes) + new TextDecoder('latin1').decode(bytes);
      const { symbols } = runAll(text);
      assert.ok(Array.isArray(symbols));
    }
  });

  it('markers with nothing after them, lone surrogates and control characters', () => {
    const { outline } = runAll('一、\n（一）\n1.\n（1）\n一是\n\ud800\udfff\ud800\n\u0000\u0001一、\u0007\n');
    assert.deepEqual(outline.symbols.map((s) => s.marker), ['一、']);
  });

  it('a binary file is refused rather than decoded into garbage', () => {
    assert.equal(decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00])), undefined);
  });
});
