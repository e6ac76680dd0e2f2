import { type CancellationToken, STEPS_BETWEEN_CHECKS } from '../cancellation';
import type { PartNumber } from '../report/model';
import type { FingerprintIndex } from '../repeated/fingerprintIndex';
import { bigramKey, type BigramTable } from './bigramTable';
import type { CorpusDocument } from './corpusDocument';
import { isLowSurrogate } from '../text/chars';

/** A phrase found in the corpus: global offset into the index's text, and the document holding it. */
export interface Occurrence {
  offset: number;
  document: number;
}

export interface FindResult {
  occurrences: Occurrence[];
  /** Distinct documents among the occurrences found. */
  documents: number;
}

export interface FindOptions {
  /** Stop after this many hits. */
  maxHits?: number;
  /** Stop once this many distinct documents hold the phrase (a cheap "is it in two reports?"). */
  stopAtDocuments?: number;
  /** Look at no more than this many candidate places, spread evenly over the corpus. */
  sample?: number;
  /** Stops the scan early; what was found so far is returned, and the caller drops it. */
  token?: CancellationToken;
}

/** How one corpus report titles a required part. */
export interface PartHeading {
  title: string;
  marker: string;
  /** Documents using exactly this title, in corpus order. */
  documents: number[];
}

export interface IndexArrays {
  documents: CorpusDocument[];
  /** Every document's text, one after another, each followed by a NUL unit. */
  text: Uint16Array;
  /** Offset of each document's first unit; one more entry for the end. */
  documentStarts: Int32Array;
  /** Global offsets of every line start, documents in order. */
  lineStarts: Int32Array;
  /** Index into lineStarts of each document's first line. */
  firstLine: Int32Array;
  table: BigramTable;
  /** Per bigram slot, how many postings it has (table.counts holds where they start). */
  postingCounts: Int32Array;
  /** Per bigram slot, how many documents hold the pair. */
  documentCounts: Int32Array;
  /** Global offsets of every bigram's first unit, grouped by bigram, ascending within a group. */
  postings: Int32Array;
  /** Winnowed fingerprints of every document, for the repeated-text check. */
  fingerprints: FingerprintIndex;
}

/** Phrases whose counts are kept: a few pages of hovers. */
const COUNTS_KEPT = 1000;
/**
 * Probes whose answers are kept. A hover probes about twenty spans, and the same ones again at the
 * next character of the line: 10,000 answers (about 1 MB) cover a few hundred hovers.
 */
const PROBES_KEPT = 10_000;
/** A phrase whose rarest pair has at least this many places has them sieved by a second pair. */
const SIEVE_FROM = 64;
/** A sieving pair has at most this many times the rarest pair's places: walking its places must stay cheap. */
const SIEVE_SPREAD = 8;
const NO_HITS: FindResult = { occurrences: [], documents: 0 };
const decoder = new TextDecoder('utf-16le');

/**
 * The corpus index: the reports' text in one array and, for every pair of adjacent characters, where
 * it occurs. A phrase is found by scanning the postings of its rarest pair and comparing the text in
 * place, so any phrase of two or more characters can be looked up without a word list, and the
 * memory is about 6 bytes per character of corpus. Immutable once built: a rebuild makes a new one.
 */
export class CorpusIndex {
  readonly documents: CorpusDocument[];
  private readonly text: Uint16Array;
  private readonly documentStarts: Int32Array;
  private readonly lineStarts: Int32Array;
  private readonly firstLine: Int32Array;
  private readonly table: BigramTable;
  private readonly postingCounts: Int32Array;
  private readonly documentCounts: Int32Array;
  private readonly postings: Int32Array;
  private partHeadings?: Map<PartNumber, PartHeading[]>;
  readonly fingerprints: FingerprintIndex;
  /** The counts of the last COUNTS_KEPT phrases counted, oldest first (a Map keeps insertion order). */
  private readonly counted = new Map<string, { occurrences: number; documents: number }>();
  /**
   * What the last PROBES_KEPT probes of documentCount saw: the documents holding the phrase, exact when
   * the probe read all its places (`complete`), else a lower bound. A span the corpus lacks costs a scan
   * of all its rarest pair's places, and the hover asks for the same spans at each character of a line.
   */
  private readonly probed = new Map<string, { documents: number; complete: boolean }>();

  constructor(arrays: IndexArrays) {
    this.documents = arrays.documents;
    this.text = arrays.text;
    this.documentStarts = arrays.documentStarts;
    this.lineStarts = arrays.lineStarts;
    this.firstLine = arrays.firstLine;
    this.table = arrays.table;
    this.postingCounts = arrays.postingCounts;
    this.documentCounts = arrays.documentCounts;
    this.postings = arrays.postings;
    this.fingerprints = arrays.fingerprints;
  }

  /** Characters (UTF-16 units) of report text held. */
  get textLength(): number {
    return this.text.length - this.documents.length;
  }

  /** Bytes held in typed arrays (the bulk of the index). */
  byteLength(): number {
    return (
      this.text.byteLength +
      this.documentStarts.byteLength +
      this.lineStarts.byteLength +
      this.firstLine.byteLength +
      this.table.byteLength() +
      this.postingCounts.byteLength +
      this.documentCounts.byteLength +
      this.postings.byteLength +
      this.fingerprints.byteLength()
    );
  }

  /** Every occurrence of `phrase` (two or more units, within one line), in corpus order. */
  find(phrase: string, options: FindOptions = {}): FindResult {
    const pair = this.rarestPair(phrase);
    if (!pair) return NO_HITS;
    const { slot: bestSlot, count: bestCount, at: bestAt, codes, second } = pair;
    const { length } = codes;
    const { text, postings, documentStarts } = this;
    const maxHits = options.maxHits ?? Infinity;
    const stopAtDocuments = options.stopAtDocuments ?? Infinity;
    const token = options.token;
    const occurrences: Occurrence[] = [];
    let documents = 0;
    let document = -1;
    let documentEnd = -1;
    const from = this.table.counts[bestSlot];
    const to = from + bestCount;
    // A sample takes every step-th candidate, so it stays spread over all the corpus' documents.
    const step = options.sample !== undefined && bestCount > options.sample ? bestCount / options.sample : 1;
    let taken = 0;
    // Where the second pair's places are walked to, alongside the first's.
    let q = second ? this.table.counts[second.slot] : 0;
    const secondEnd = second ? q + second.count : 0;
    // The token is read at checkpoints, not at every place: this loop runs 181,000 times for 建设.
    let checkpoint = token ? from + STEPS_BETWEEN_CHECKS : Infinity;
    for (let p = from; p < to; p = step === 1 ? p + 1 : from + Math.floor(++taken * step)) {
      if (p >= checkpoint) {
        if (token!.isCancellationRequested) break;
        checkpoint = p + STEPS_BETWEEN_CHECKS;
      }
      const start = postings[p] - bestAt;
      if (start < 0) continue;
      if (second) {
        q = seek(postings, q, secondEnd, start + second.at);
        if (q === secondEnd) break;
        if (postings[q] !== start + second.at) continue;
      }
      let i = 0;
      while (i < length && text[start + i] === codes[i]) i++;
      if (i < length) continue;
      if (start >= documentEnd) {
        document = this.documentAt(start);
        documentEnd = documentStarts[document + 1];
        documents++;
      }
      occurrences.push({ offset: start, document });
      if (occurrences.length >= maxHits || documents >= stopAtDocuments) return { occurrences, documents };
    }
    return { occurrences, documents };
  }

  /**
   * How many places and documents hold `phrase`, listing none: the counts a hover shows for 建设
   * (181,000 places in the bench corpus) without making an object per place. A pair's counts are
   * totals the build keeps; a longer phrase's are counted once and kept, since the index never changes
   * and hovers along a line, or on the same phrase in another draft, ask again. `token` stops the count
   * early; the caller drops what it gives then, and it is not kept.
   */
  count(phrase: string, token?: CancellationToken): { occurrences: number; documents: number } {
    const known = this.counted.get(phrase);
    if (known) return known;
    const counts = this.countNow(phrase, token);
    if (token?.isCancellationRequested) return counts;
    if (this.counted.size >= COUNTS_KEPT) this.counted.delete(this.counted.keys().next().value!);
    this.counted.set(phrase, counts);
    return counts;
  }

  // The place test (sieving pair, then text) is find's, written out again on purpose: the same test as a
  // shared object's method made title-line look-ups about three times slower on the bench corpus.
  private countNow(phrase: string, token?: CancellationToken): { occurrences: number; documents: number } {
    const pair = this.rarestPair(phrase);
    if (!pair) return { occurrences: 0, documents: 0 };
    // A two-unit phrase is its pair: the build counted its places and documents.
    if (phrase.length === 2) return { occurrences: pair.count, documents: this.documentCounts[pair.slot] };
    const { text, postings, documentStarts } = this;
    const { codes, at, second } = pair;
    const from = this.table.counts[pair.slot];
    let q = second ? this.table.counts[second.slot] : 0;
    const secondEnd = second ? q + second.count : 0;
    let occurrences = 0;
    let documents = 0;
    let documentEnd = -1;
    let checkpoint = token ? from + STEPS_BETWEEN_CHECKS : Infinity;
    for (let p = from; p < from + pair.count; p++) {
      if (p >= checkpoint) {
        if (token!.isCancellationRequested) break;
        checkpoint = p + STEPS_BETWEEN_CHECKS;
      }
      const start = postings[p] - at;
      if (start < 0) continue;
      if (second) {
        q = seek(postings, q, secondEnd, start + second.at);
        if (q === secondEnd) break;
        if (postings[q] !== start + second.at) continue;
      }
      let i = 0;
      while (i < codes.length && text[start + i] === codes[i]) i++;
      if (i < codes.length) continue;
      occurrences++;
      if (start >= documentEnd) {
        documentEnd = documentStarts[this.documentAt(start) + 1];
        documents++;
      }
    }
    return { occurrences, documents };
  }

  /**
   * The phrase's pair with the fewest places (the fewest to compare), or null if a pair is absent; and,
   * when those places are many, a second pair whose sorted places sieve them, so the text (120 MB, read
   * at random: a cache miss a place) is read only where both pairs are at their offsets. The second pair
   * shares no character with the first and is the farthest from it with at most SIEVE_SPREAD times its
   * places: neighbours go together (2024年 with 年度), far pairs less (24 … 况报 in a title line).
   */
  private rarestPair(phrase: string): { slot: number; count: number; at: number; codes: Uint16Array; second?: PairPlaces } | null {
    if (phrase.length < 2) return null;
    const pairs: PairPlaces[] = [];
    let best: PairPlaces | undefined;
    for (let i = 0; i + 1 < phrase.length; i++) {
      const a = phrase.charCodeAt(i);
      const b = phrase.charCodeAt(i + 1);
      if (isBreak(a) || isBreak(b)) return null;
      const slot = this.table.find(bigramKey(a, b));
      if (slot < 0) return null;
      const pair = { slot, count: this.postingCounts[slot], at: i };
      pairs.push(pair);
      if (!best || pair.count < best.count) best = pair;
    }
    const codes = new Uint16Array(phrase.length);
    for (let i = 0; i < phrase.length; i++) codes[i] = phrase.charCodeAt(i);
    let second: PairPlaces | undefined;
    if (best!.count >= SIEVE_FROM) {
      const distance = (pair: PairPlaces) => Math.abs(pair.at - best!.at);
      for (const pair of pairs) {
        if (distance(pair) < 2 || pair.count > best!.count * SIEVE_SPREAD) continue;
        if (!second || distance(pair) > distance(second) || (distance(pair) === distance(second) && pair.count < second.count)) second = pair;
      }
    }
    return { ...best!, codes, second };
  }

  /** How many documents hold `phrase`, counting no further than `atMost`. */
  documentCount(phrase: string, atMost = Infinity, token?: CancellationToken): number {
    const counted = this.counted.get(phrase);
    if (counted) return Math.min(counted.documents, atMost);
    const known = this.probed.get(phrase);
    if (known && (known.complete || known.documents >= atMost)) return Math.min(known.documents, atMost);
    const { documents } = this.find(phrase, { stopAtDocuments: atMost, token });
    // A probe stopped by the token may have missed places: it is not kept.
    if (token?.isCancellationRequested) return documents;
    if (!known && this.probed.size >= PROBES_KEPT) this.probed.delete(this.probed.keys().next().value!);
    this.probed.set(phrase, { documents, complete: documents < atMost });
    return documents;
  }

  /** Document holding a global offset. */
  documentAt(offset: number): number {
    return upperBound(this.documentStarts, offset) - 1;
  }

  /**
   * 0-based line and column (UTF-16 units) of a global offset within its document, and the line's
   * global start. `document` saves a search when the caller knows it (every occurrence does).
   */
  position(offset: number, document = this.documentAt(offset)): { document: number; line: number; character: number; lineStart: number } {
    const first = this.firstLine[document];
    const last = document + 1 < this.firstLine.length ? this.firstLine[document + 1] : this.lineStarts.length;
    const lineIndex = upperBound(this.lineStarts, offset, first, last) - 1;
    const lineStart = this.lineStarts[lineIndex];
    return { document, line: lineIndex - first, character: offset - lineStart, lineStart };
  }

  /**
   * The line around an occurrence, cut to `radius` units either side of it: the text before, the
   * phrase, the text after, and whether either side was cut.
   */
  context(
    offset: number,
    length: number,
    radius = 30,
    lineStart = this.position(offset).lineStart,
  ): { before: string; match: string; after: string; cutBefore: boolean; cutAfter: boolean } {
    const { text } = this;
    let from = Math.max(lineStart, offset - radius);
    // Scan no further than the radius: a paragraph is one line and may run on for a thousand characters.
    const bound = Math.min(text.length, offset + length + radius);
    let to = offset + length;
    while (to < bound && !isBreak(text[to])) to++;
    const cutAfter = to === bound && to < text.length && !isBreak(text[to]);
    const cutBefore = from > lineStart;
    // Never cut a surrogate pair in half.
    if (cutBefore && isLowSurrogate(text[from])) from--;
    if (cutAfter && isLowSurrogate(text[to])) to++;
    const window = this.slice(from, to);
    const matchStart = offset - from;
    return {
      before: window.slice(0, matchStart).trimStart(),
      match: window.slice(matchStart, matchStart + length),
      after: window.slice(matchStart + length).trimEnd(),
      cutBefore,
      cutAfter,
    };
  }

  /** Global offset of a document's first unit: with `position`, places an offset within the document. */
  documentStart(document: number): number {
    return this.documentStarts[document];
  }

  /** Text of one document. */
  documentText(document: number): string {
    return this.slice(this.documentStarts[document], this.documentStarts[document + 1] - 1);
  }

  /** Units following an occurrence, up to `max` and never past the line. */
  following(offset: number, max: number): string {
    let end = offset;
    const limit = Math.min(this.text.length, offset + max);
    while (end < limit && !isBreak(this.text[end])) end++;
    return this.slice(offset, end);
  }

  /** The distinct titles the corpus gives each required part, most used first. */
  headingsOfPart(part: PartNumber): PartHeading[] {
    if (!this.partHeadings) {
      const byPart = new Map<PartNumber, Map<string, PartHeading>>();
      this.documents.forEach((document, index) => {
        for (const heading of document.headings) {
          if (heading.part === null || heading.title === '') continue;
          let titles = byPart.get(heading.part);
          if (!titles) byPart.set(heading.part, (titles = new Map()));
          const entry = titles.get(heading.title);
          if (!entry) titles.set(heading.title, { title: heading.title, marker: heading.marker, documents: [index] });
          else if (entry.documents[entry.documents.length - 1] !== index) entry.documents.push(index);
        }
      });
      this.partHeadings = new Map(
        [...byPart].map(([p, titles]) => [p, [...titles.values()].sort((a, b) => b.documents.length - a.documents.length)]),
      );
    }
    return this.partHeadings.get(part) ?? [];
  }

  private slice(from: number, to: number): string {
    // Short slices (contexts, continuations) are cheaper built from char codes than through a decoder.
    if (to - from <= 256) return String.fromCharCode.apply(null, this.text.subarray(from, to) as unknown as number[]);
    return decoder.decode(this.text.subarray(from, to));
  }
}

/** Line breaks and the NUL between documents: no phrase crosses them. */
export function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0;
}

/** One pair of a phrase: its table slot, how many places it has, and its offset in the phrase. */
interface PairPlaces {
  slot: number;
  count: number;
  at: number;
}

/**
 * First index in [from, end) whose value is at least `target` (the values ascend): strides that double,
 * then a bisection, so the sieve skips the stretches of the second pair's places between two targets.
 */
function seek(array: Int32Array, from: number, end: number, target: number): number {
  if (from >= end || array[from] >= target) return from;
  let lo = from;
  let step = 1;
  while (lo + step < end && array[lo + step] < target) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, end);
  // array[lo] < target, and the answer is in (lo, hi].
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid] < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** First index in [lo, hi) whose value is greater than `value` (the array is ascending). */
function upperBound(array: Int32Array, value: number, lo = 0, hi = array.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (array[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
