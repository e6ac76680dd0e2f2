import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { CorpusBuilder, type CorpusIndex, type CorpusState, createReportService, RULES } from '../server/src/service';
import { parseReport } from '../server/src/service/report/parseReport';
import { readSeed, SEEDS_DIR, seedNames } from './support/documents';
import { draftWithOffsets, FUZZ_TOTAL_RUNS, fuzzDraft, fuzzParameters } from './support/fuzzDrafts';

// Property-based tests: generated drafts (markers, Chinese text, punctuation of both widths, control
// characters, lone and paired surrogates, CRLF and CR) through every feature of the service. Nothing
// throws, every range lies inside the document and never between the two halves of a surrogate pair,
// the same input gives the same output, and every fix leaves a text that parses again.
// FUZZ_SEED=<n> explores other drafts; FUZZ_RUNS=<n> sets the total (default 100,000).

const URI = 'file:///fuzz/draft.txt';

/** The seeds plus a few generated drafts, so hovers and completions meet odd text in the corpus too. */
function fuzzCorpus(): CorpusIndex {
  const builder = new CorpusBuilder();
  for (const name of seedNames()) builder.add(name, pathToFileURL(join(SEEDS_DIR, name)).href, readSeed(name));
  fc.sample(fuzzDraft, { seed: 7, numRuns: 20 }).forEach((text, i) => builder.add(`fuzz${i}.txt`, `file:///fuzz/corpus${i}.txt`, text));
  return builder.buildNow();
}

/** Line starts as LSP counts lines: \n, \r\n and a lone \r each end one. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (c === 0x0d || c === 0x0a) starts.push(i + 1);
  }
  return starts;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const splitsPair = (text: string, offset: number) => isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));

/** Checks positions and ranges against one text without the clamping TextDocument.offsetAt does. */
class Bounds {
  private readonly starts: number[];
  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  offset(position: Position, what: string): number {
    const { line, character } = position;
    assert.ok(Number.isInteger(line) && line >= 0 && line < this.starts.length, `${what}: line ${line} of ${this.starts.length}`);
    const start = this.starts[line];
    let end = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    while (end > start && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    assert.ok(Number.isInteger(character) && character >= 0 && character <= end - start, `${what}: character ${character} past the line's ${end - start}`);
    const offset = start + character;
    assert.ok(!splitsPair(this.text, offset), `${what}: ${line}:${character} splits a surrogate pair`);
    return offset;
  }

  range(range: Range, what: string): void {
    assert.ok(this.offset(range.start, what) <= this.offset(range.end, what), `${what}: range ends before it starts`);
  }

  span(start: number, end: number, what: string): void {
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= this.text.length, `${what}: ${start}–${end} of ${this.text.length}`);
    assert.ok(!splitsPair(this.text, start) && !splitsPair(this.text, end), `${what}: ${start}–${end} splits a surrogate pair`);
  }

  symbols(symbols: DocumentSymbol[], parent?: Range): void {
    for (const s of symbols) {
      this.range(s.range, `symbol ${s.name}`);
      this.range(s.selectionRange, `symbol ${s.name} selection`);
      assert.ok(contains(s.range, s.selectionRange), `symbol ${s.name}: selection outside its range`);
      if (parent) assert.ok(contains(parent, s.range), `symbol ${s.name}: outside its parent`);
      assert.ok(s.name.trim().length > 0, 'a symbol has an empty name');
      this.symbols(s.children ?? [], s.range);
    }
  }
}

const notAfter = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const contains = (outer: Range, inner: Range) => notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);

/** A property over `runs` drafts, with a time limit that grows with FUZZ_RUNS rather than a tight one. */
function property<T>(name: string, runs: number, arbitrary: fc.Arbitrary<T>, check: (value: T) => void): void {
  const parameters = fuzzParameters(runs);
  it(`${name} (${parameters.numRuns} drafts)`, function () {
    this.timeout(60_000 + parameters.numRuns! * 10);
    fc.assert(fc.property(arbitrary, check), parameters);
  });
}

describe('fuzzed drafts', () => {
  let corpus: CorpusIndex;
  let ready: CorpusState;
  before(() => {
    corpus = fuzzCorpus();
    ready = { kind: 'ready', index: corpus };
  });

  // The shares add up to FUZZ_TOTAL_RUNS drafts.
  const share = (part: number) => Math.round(FUZZ_TOTAL_RUNS * part);

  property('outline, symbols and folding lie inside the document', share(0.25), fuzzDraft, (text) => {
    const service = createReportService();
    const document = TextDocument.create(URI, 'law-report', 1, text);
    const bounds = new Bounds(text);
    bounds.symbols(service.documentSymbols(document));
    const lines = lineStarts(text).length;
    for (const r of service.foldingRanges(document)) assert.ok(r.startLine >= 0 && r.startLine < r.endLine && r.endLine < lines, `folding ${r.startLine}–${r.endLine} of ${lines}`);
    const outline = service.outline('draft.txt', document);
    const walk = (symbols: typeof outline.symbols) =>
      symbols.forEach((s) => {
        assert.ok(s.line >= 1 && s.line <= lines, `outline line ${s.line} of ${lines}`);
        walk(s.children);
      });
    walk(outline.symbols);
  });

  property('every rule runs and finds spans inside the document', share(0.25), fuzzDraft, (text) => {
    const report = parseReport(text);
    const bounds = new Bounds(text);
    // Rules run one by one here: the runner would turn an exception into a hint and hide it.
    for (const rule of RULES) {
      for (const finding of rule.check(report)) {
        bounds.span(finding.start, finding.end, `${rule.code} finding`);
        for (const edit of finding.fix?.edits ?? []) bounds.span(edit.start, edit.end, `${rule.code} fix`);
      }
    }
    const document = TextDocument.create(URI, 'law-report', 1, text);
    for (const d of createReportService().diagnostics(document)) bounds.range(d.range, `diagnostic ${d.code}`);
  });

  property('every fix applies and its result parses and checks again', share(0.2), fuzzDraft, (text) => {
    const service = createReportService();
    const document = TextDocument.create(URI, 'law-report', 1, text);
    const bounds = new Bounds(text);
    const all = service.diagnostics(document);
    for (const action of service.codeActions(document, all)) {
      const edits: TextEdit[] = action.edit?.changes?.[URI] ?? [];
      edits.forEach((e) => bounds.range(e.range, `fix ${action.title}`));
      // applyEdits throws on overlapping edits, which an editor would refuse too.
      const fixed = TextDocument.applyEdits(document, edits);
      const report = parseReport(fixed);
      // The fix-all result, the largest change, goes through every rule again.
      if (action.kind === 'source.fixAll') RULES.forEach((rule) => rule.check(report));
    }
  });

  property('hover, completion and references anywhere stay inside the document', share(0.2), draftWithOffsets, ({ text, offsets }) => {
    const service = createReportService();
    const document = TextDocument.create(URI, 'law-report', 1, text);
    const bounds = new Bounds(text);
    for (const offset of offsets) {
      const position = document.positionAt(offset);
      const hover = service.hover(document, position, ready);
      if (hover?.range) bounds.range(hover.range, 'hover');
      for (const item of service.completion(document, position, corpus)) {
        const edit = item.textEdit;
        if (edit && 'range' in edit) bounds.range(edit.range, `completion ${item.label}`);
      }
      for (const location of service.references(document, position, corpus, [document])) {
        if (location.uri === URI) bounds.range(location.range, 'reference');
      }
    }
  });

  property('the same draft gives the same answers from two fresh services', share(0.1), draftWithOffsets, ({ text, offsets }) => {
    const answers = () => {
      const service = createReportService();
      const document = TextDocument.create(URI, 'law-report', 1, text);
      const diagnostics = service.diagnostics(document);
      return {
        symbols: service.documentSymbols(document),
        folding: service.foldingRanges(document),
        outline: service.outline('draft.txt', document),
        diagnostics,
        actions: service.codeActions(document, diagnostics),
        at: offsets.map((offset) => {
          const position = document.positionAt(offset);
          return [service.hover(document, position, ready), service.completion(document, position, corpus), service.references(document, position, corpus, [document])];
        }),
      };
    };
    assert.deepEqual(answers(), answers());
  });
});
