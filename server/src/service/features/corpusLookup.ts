import type { PartNumber } from '../report/model';
import { partAtLine } from '../corpus/corpusDocument';
import type { CorpusIndex } from '../corpus/corpusIndex';

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
}

export function lookup(index: CorpusIndex, phrase: string, options: LookupOptions = {}): LookupResult {
  const found = index.find(phrase);
  const maxHits = options.maxHits ?? Infinity;
  let chosen = found.occurrences;
  if (chosen.length > maxHits) {
    if (options.spreadOverReports) {
      const firsts = chosen.filter((o, i) => i === 0 || chosen[i - 1].document !== o.document);
      const rest = chosen.filter((o, i) => i > 0 && chosen[i - 1].document === o.document);
      chosen = [...firsts, ...rest].slice(0, maxHits).sort((a, b) => a.offset - b.offset);
    } else {
      chosen = chosen.slice(0, maxHits);
    }
  }
  return {
    phrase,
    documents: found.documents,
    occurrences: found.occurrences.length,
    hits: chosen.map((o) => describeHit(index, o.offset, phrase.length, o.document)),
  };
}

export function describeHit(index: CorpusIndex, offset: number, length: number, knownDocument?: number): LookupHit {
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
