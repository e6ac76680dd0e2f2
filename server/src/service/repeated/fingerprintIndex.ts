import { copySkeleton } from './copySkeleton';
import { kgramHashes, winnow } from './kgramHashes';


/** One report as the repeated-text index sees it. */
export interface FingerprintSource {
  text: string;
  /** The report's organ, if known: its name is a placeholder in the skeleton, and it tells organs apart. */
  organisation: string | null;
}

/**
 * Winnowed fingerprints of a set of reports, sorted by hash so that the reports holding a hash are
 * one binary search away. About 12 bytes per fingerprint and one fingerprint per 8 or so characters.
 */
export class FingerprintIndex {
  private readonly hashes: Uint32Array;
  private readonly documents: Int32Array;
  /** One id per distinct organ; a report whose organ is unknown is an organ of its own. */
  private readonly organOf: Int32Array;
  /** Where the postings of each value of a hash's top `bucketBits` bits start: a look-up is one step, not a binary search. */
  private readonly buckets: Int32Array;
  private readonly bucketShift: number;
  /** Above this many distinct organs a fingerprint is common wording, not copying. */
  readonly commonOrgans: number;

  private constructor(hashes: Uint32Array, documents: Int32Array, organOf: Int32Array, commonOrgans: number) {
    this.hashes = hashes;
    this.documents = documents;
    this.organOf = organOf;
    this.commonOrgans = commonOrgans;
    // About one bucket per posting: a look-up then scans one or two postings.
    const bits = Math.min(22, Math.max(4, Math.ceil(Math.log2(hashes.length + 1))));
    this.bucketShift = 32 - bits;
    this.buckets = new Int32Array((1 << bits) + 1);
    let at = 0;
    for (let bucket = 0; bucket <= 1 << bits; bucket++) {
      while (at < hashes.length && hashes[at] >>> this.bucketShift < bucket) at++;
      this.buckets[bucket] = at;
    }
  }

  static build(sources: readonly FingerprintSource[]): FingerprintIndex {
    const builder = new FingerprintBuilder();
    for (const source of sources) builder.add(source);
    return builder.build();
  }

  /** Assembles an index from each document's fingerprints and organ id (see FingerprintBuilder). */
  static fromParts(perDocument: readonly Uint32Array[], organOf: Int32Array, organs: number): FingerprintIndex {
    let total = 0;
    for (const fingerprints of perDocument) total += fingerprints.length;
    const unsortedHashes = new Uint32Array(total);
    const unsortedDocuments = new Int32Array(total);
    let n = 0;
    perDocument.forEach((fingerprints, document) => {
      unsortedHashes.set(fingerprints, n);
      unsortedDocuments.fill(document, n, n + fingerprints.length);
      n += fingerprints.length;
    });
    // Two stable counting passes on 16 bits each sort by hash and keep documents ascending within a hash.
    const low = radixPass(unsortedHashes, unsortedDocuments, 0);
    const { hashes, documents } = radixPass(low.hashes, low.documents, 16);
    let kept = 0;
    for (let i = 0; i < total; i++) {
      // A fingerprint a document holds twice counts once.
      if (kept > 0 && hashes[kept - 1] === hashes[i] && documents[kept - 1] === documents[i]) continue;
      hashes[kept] = hashes[i];
      documents[kept] = documents[i];
      kept++;
    }
    return new FingerprintIndex(hashes.slice(0, kept), documents.slice(0, kept), organOf, commonThreshold(organs));
  }

  get size(): number {
    return this.hashes.length;
  }

  byteLength(): number {
    return this.hashes.byteLength + this.documents.byteLength + this.organOf.byteLength + this.buckets.byteLength;
  }

  /** The documents holding `hash`, as a range of this index's postings. */
  range(hash: number): { from: number; to: number } {
    const bucket = hash >>> this.bucketShift;
    let from = this.buckets[bucket];
    const end = this.buckets[bucket + 1];
    while (from < end && this.hashes[from] < hash) from++;
    let to = from;
    while (to < end && this.hashes[to] === hash) to++;
    return { from, to };
  }

  documentAt(posting: number): number {
    return this.documents[posting];
  }

  organOfDocument(document: number): number {
    return this.organOf[document];
  }

  /**
   * True when the reports holding a fingerprint come from at least `commonOrgans` distinct organs,
   * not counting `ignoreOrgan` (the organ of the report being compared, when it is in the index itself).
   */
  isCommon(range: { from: number; to: number }, ignoreOrgan = -1): boolean {
    if (range.to - range.from < this.commonOrgans) return false;
    const seen = new Set<number>();
    for (let i = range.from; i < range.to; i++) {
      const organ = this.organOf[this.documents[i]];
      if (organ === ignoreOrgan) continue;
      seen.add(organ);
      if (seen.size >= this.commonOrgans) return true;
    }
    return false;
  }
}

function radixPass(hashes: Uint32Array, documents: Int32Array, shift: number): { hashes: Uint32Array; documents: Int32Array } {
  const counts = new Int32Array(0x10001);
  for (let i = 0; i < hashes.length; i++) counts[((hashes[i] >>> shift) & 0xffff) + 1]++;
  for (let d = 1; d <= 0x10000; d++) counts[d] += counts[d - 1];
  const outHashes = new Uint32Array(hashes.length);
  const outDocuments = new Int32Array(hashes.length);
  for (let i = 0; i < hashes.length; i++) {
    const at = counts[(hashes[i] >>> shift) & 0xffff]++;
    outHashes[at] = hashes[i];
    outDocuments[at] = documents[i];
  }
  return { hashes: outHashes, documents: outDocuments };
}

/**
 * How many organs make a passage common wording: 10 % of the organs in the corpus, at least 2 and at
 * most 5. With the five bundled reports, wording two organs share is already the genre's own (their
 * openings, the regulation's headings); in a large corpus, five organs.
 */
export function commonThreshold(organs: number): number {
  return Math.min(5, Math.max(2, Math.ceil(organs / 10)));
}

/** Collects each document's fingerprints as it arrives, so a caller can yield between documents. */
export class FingerprintBuilder {
  private readonly perDocument: Uint32Array[] = [];
  private readonly organOf: number[] = [];
  private readonly organIds = new Map<string, number>();

  add(source: FingerprintSource): void {
    const hashes = kgramHashes(copySkeleton(source.text, organsOf(source)).units);
    const picked = winnow(hashes);
    const fingerprints = new Uint32Array(picked.length);
    for (let i = 0; i < picked.length; i++) fingerprints[i] = hashes[picked[i]];
    this.perDocument.push(fingerprints);
    const key = source.organisation ?? `\0${this.perDocument.length}`;
    let id = this.organIds.get(key);
    if (id === undefined) this.organIds.set(key, (id = this.organIds.size));
    this.organOf.push(id);
  }

  build(): FingerprintIndex {
    return FingerprintIndex.fromParts(this.perDocument, Int32Array.from(this.organOf), this.organIds.size);
  }
}

export function organsOf(source: FingerprintSource): string[] {
  return source.organisation ? [source.organisation] : [];
}
