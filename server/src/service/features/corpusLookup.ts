import type { CancellationToken } from '../cancellation';
import type { PartNumber } from '../report/model';
import { partAtLine } from '../corpus/corpusDocument';
import type { CorpusIndex, Occurrence } from '../corpus/corpusIndex';

/** One place a phrase occurs in the corpus. Line and character are 0-based (LSP). */
export interface LookupHit {
  file: string;
  uri: string;
  line: number;
  character: number;
  /** The line around the phrase, with … where it was cut. */
  context: string;
  /** The same, in three pieces, for a view that emphasises the phrase. */
  before: string;
  match: string;
  after: string;
  organisation: string | null;
  year: number | null;
  part: PartNumber | null;
}

export interface LookupResult {
  phrase: string;
  /** Reports holding the phrase. */
  documents: number;
  occurrences: number;
  hits: LookupHit[];
}

export interface LookupOptions {
  /** At most this many hits are described (counts still cover all). */
  maxHits?: number;
  /**
   * Hover passages: one per report before a second from the same report, none overlapping another (or
   * one in `shown`) in the corpus text, none repeating another's words.
   */
  spreadOverReports?: boolean;
  /** Passages already on show (another phrase's, in one hover): skipped, and this look-up's are added. */
  shown?: ShownPassages;
  /** Stops the scans early: the result is then incomplete, for the caller to drop. */
  token?: CancellationToken;
}

/** The corpus text behind the passages a hover shows, so a second look-up in it shows other places. */
export interface ShownPassages {
  /** Each passage's span of corpus text (UTF-16 offsets into the index's text). */
  spans: { start: number; end: number }[];
  /** Each passage's words, so a sentence two reports share word for word is shown once. */
  texts: Set<string>;
  /** The reports they are from. */
  documents: Set<number>;
}

export function shownPassages(): ShownPassages {
  return { spans: [], texts: new Set(), documents: new Set() };
}

export function lookup(index: CorpusIndex, phrase: string, options: LookupOptions = {}): LookupResult {
  const { token } = options;
  const maxHits = options.maxHits ?? Infinity;
  // Counted apart from the hits described: a hover on 建设 lists 5 of 181,000 places, not all of them.
  const { occurrences, documents } = index.count(phrase, token);
  let hits: LookupHit[];
  if (token?.isCancellationRequested) hits = [];
  else if (options.spreadOverReports) hits = spreadPassages(index, phrase, maxHits, documents, options.shown ?? shownPassages(), token);
  else hits = index.find(phrase, { maxHits, token }).occurrences.map((o) => describeHit(index, o.offset, phrase.length, o.document).hit);
  return { phrase, documents, occurrences, hits };
}

/**
 * Up to maxHits passages that overlap and repeat nothing shown: first one in each report no passage
 * shows yet, then one in each report already shown, then other places, in corpus order. Only the first
 * reports are searched when there are more than passages (with as many spare as passages on show, so
 * reports not shown yet are among them): the search stops there.
 */
function spreadPassages(index: CorpusIndex, phrase: string, maxHits: number, documents: number, shown: ShownPassages, token?: CancellationToken): LookupHit[] {
  const spare = shown.spans.length;
  const found = index.find(phrase, maxHits + spare < documents ? { stopAtDocuments: maxHits + spare, token } : { token }).occurrences;
  const picked: { offset: number; hit: LookupHit }[] = [];
  const tried = new Set<number>();
  const take = (o: Occurrence): boolean => {
    tried.add(o.offset);
    const { hit, span } = describeHit(index, o.offset, phrase.length, o.document);
    if (shown.texts.has(hit.context) || shown.spans.some((s) => s.start < span.end && span.start < s.end)) return false;
    shown.spans.push(span);
    shown.texts.add(hit.context);
    picked.push({ offset: o.offset, hit });
    return true;
  };
  const shownBefore = new Set(shown.documents);
  const inReport = new Set<number>();
  const passes: ((o: Occurrence) => boolean)[] = [
    (o) => !shownBefore.has(o.document) && !inReport.has(o.document),
    (o) => !inReport.has(o.document),
    () => true,
  ];
  for (const wanted of passes) {
    for (const o of found) {
      if (picked.length >= maxHits) break;
      if (!tried.has(o.offset) && wanted(o) && take(o)) inReport.add(o.document);
    }
  }
  for (const document of inReport) shown.documents.add(document);
  return picked.sort((a, b) => a.offset - b.offset).map((p) => p.hit);
}

function describeHit(index: CorpusIndex, offset: number, length: number, knownDocument?: number): { hit: LookupHit; span: { start: number; end: number } } {
  const { document, line, character, lineStart } = index.position(offset, knownDocument);
  const meta = index.documents[document];
  const around = index.context(offset, length, undefined, lineStart);
  const before = (around.cutBefore ? '…' : '') + around.before;
  const after = around.after + (around.cutAfter ? '…' : '');
  const span = { start: offset - around.before.length, end: offset + length + around.after.length };
  const hit: LookupHit = {
    file: meta.file,
    uri: meta.uri,
    line,
    character,
    context: before + around.match + after,
    before,
    match: around.match,
    after,
    organisation: meta.organisation,
    year: meta.year,
    part: partAtLine(meta, line),
  };
  return { hit, span };
}
