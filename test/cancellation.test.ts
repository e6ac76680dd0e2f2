import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { CorpusBuilder, type CorpusIndex, createReportService, lookup } from '../server/src/service';
import { doc } from './support/documents';
import { withCursor } from './support/corpus';

/** A token that says "cancelled" from its (after+1)-th reading on, and counts how often it was read. */
class TokenCancelledAfter {
  reads = 0;
  constructor(private readonly after: number) {}
  get isCancellationRequested(): boolean {
    return ++this.reads > this.after;
  }
}

// A corpus where the phrases under the cursor occur hundreds of thousands of times: every look-up
// scans long posting lists, as a hover on 法治政府建设 does in a corpus of 10,000 reports.
let corpus: CorpusIndex | undefined;
function bigCorpus(): CorpusIndex {
  if (!corpus) {
    const builder = new CorpusBuilder();
    const paragraph = '全面推进法治政府建设，深入推进依法行政工作。\n'.repeat(100);
    for (let i = 0; i < 2000; i++) builder.add(`r${i}.txt`, `file:///corpus/r${i}.txt`, `某局${2000 + (i % 25)}年度法治政府建设情况报告\n${paragraph}`);
    corpus = builder.buildNow();
  }
  return corpus;
}

describe('cancellation of the corpus features', () => {
  const { text, offset } = withCursor('二、主要举措\n我们全面推进法治政$$CURSOR$$府建设。\n');
  const document = doc(text);
  const position = document.positionAt(offset);

  it('a hover scans the corpus looking at its token, and stops soon once it is cancelled', () => {
    const index = bigCorpus();
    const service = createReportService();
    const never = new TokenCancelledAfter(Infinity);
    const hover = service.hover(document, position, { kind: 'ready', index }, never);
    assert.match((hover?.contents as MarkupContent).value, /^\*\*全面推进法治政府建设\*\*：语料中 2000 份报告用到，共 200000 处/);
    // The token is read inside the scans, not only before and after them.
    assert.ok(never.reads > 100, `${never.reads} readings`);

    // Another phrase: the index keeps the counts of phrases already asked, which then need no scan.
    const other = withCursor('二、主要举措\n我们深入推进依法$$CURSOR$$行政工作。\n');
    const otherDocument = doc(other.text, 'file:///other.txt');
    const soon = new TokenCancelledAfter(50);
    assert.equal(service.hover(otherDocument, otherDocument.positionAt(other.offset), { kind: 'ready', index }, soon), null);
    assert.ok(soon.reads <= 55, `${soon.reads} readings: the scans went on after the cancellation`);

    const already = new TokenCancelledAfter(0);
    assert.equal(service.hover(document, position, { kind: 'ready', index }, already), null);
    assert.equal(already.reads, 1);
  });

  it('completion and references answer nothing once cancelled, and stop their scans', () => {
    const index = bigCorpus();
    const service = createReportService();
    const typing = withCursor('二、主要举措\n我们全面推进法治$$CURSOR$$\n');
    const typed = doc(typing.text, 'file:///typing.txt');
    const at = typed.positionAt(typing.offset);
    const never = new TokenCancelledAfter(Infinity);
    assert.ok(service.completion(typed, at, index, never).some((item) => item.label === '推进法治政府建设'));
    assert.ok(service.references(document, position, index, [document], never).length > 1000);

    for (const after of [0, 5]) {
      const completionToken = new TokenCancelledAfter(after);
      assert.deepEqual(service.completion(typed, at, index, completionToken), []);
      assert.ok(completionToken.reads <= after + 5, `completion: ${completionToken.reads} readings`);
      const referencesToken = new TokenCancelledAfter(after);
      assert.deepEqual(service.references(document, position, index, [document], referencesToken), []);
      assert.ok(referencesToken.reads <= after + 5, `references: ${referencesToken.reads} readings`);
    }
  });

  it('the search command\'s look-up stops its scan once cancelled, and lists nothing', () => {
    const index = bigCorpus();
    const never = new TokenCancelledAfter(Infinity);
    const found = lookup(index, '深入推进依法', { maxHits: 2000, token: never });
    assert.equal(found.occurrences, 200000);
    assert.equal(found.hits.length, 2000);
    const soon = new TokenCancelledAfter(5);
    // Another phrase: the counts of a phrase already asked are kept and need no scan.
    const cancelled = lookup(index, '推进依法行政', { maxHits: 2000, token: soon });
    assert.deepEqual(cancelled.hits, []);
    assert.ok(soon.reads <= 10, `${soon.reads} readings: the scan went on after the cancellation`);
  });
});
