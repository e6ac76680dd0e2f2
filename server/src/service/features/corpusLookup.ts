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
  /** Prefer one hit per report before a second from the same report (hovers show variety). */
  spreadOverReports?: boolean;
  /** Stops the scans early: the result is then incomplete, for the caller to drop. */
  token?: CancellationToken;
}

export function lookup(index: CorpusIndex, phrase: string, options: LookupOptions = {}): LookupResult {
  const { token } = options;
  const maxHits = options.maxHits ?? Infinity;
  // Counted apart from the hits described: a hover on 建设 lists 5 of 181,000 places, not all of them.
  const { occurrences, documents } = index.count(phrase, token);
  let chosen: Occurrence[];
  if (token?.isCancellationRequested) {
    chosen = [];
  } else if (options.spreadOverReports && maxHits < documents) {
    // The first place in each of the first maxHits reports: the search stops at the last of them.
    const found = index.find(phrase, { stopAtDocuments: maxHits, token }).occurrences;
    chosen = found.filter((o, i) => i === 0 || found[i - 1].document !== o.document);
  } else if (options.spreadOverReports && maxHits < occurrences) {
    // Fewer reports than passages: one from each first, then their other places.
    const found = index.find(phrase, { token }).occurrences;
    const firsts = found.filter((o, i) => i === 0 || found[i - 1].document !== o.document);
    const rest = found.filter((o, i) => i > 0 && found[i - 1].document === o.document);
    chosen = [...firsts, ...rest].slice(0, maxHits).sort((a, b) => a.offset - b.offset);
  } else {
    chosen = index.find(phrase, { maxHits, token }).occurrences;
  }
  return {
    phrase,
    documents,
    occurrences,
    hits: chosen.map((o) => describeHit(index, o.offset, phrase.length, o.document)),
  };
}

function describeHit(index: CorpusIndex, offset: number, length: number, knownDocument?: number): LookupHit {
  const { document, line, character, lineStart } = index.position(offset, knownDocument);
  const meta = index.documents[document];
  const around = index.context(offset, length, undefined, lineStart);
  const before = (around.cutBefore ? '…' : '') + around.before;
  const after = around.after + (around.cutAfter ? '…' : '');
  return {
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
}
