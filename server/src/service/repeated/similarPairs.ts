import type { CancellationToken } from '../cancellation';
import { FingerprintIndex, organsOf, type FingerprintSource } from './fingerprintIndex';
import { winnow } from './kgramHashes';
import { coveredUnits, firstUnitAtOrAfter, originalSpan, prepareText, sharedRuns, type PreparedText, withOpeningMarks } from './sharedText';

export interface SimilarOptions {
  /** A pair is listed when its longest shared passage has at least this many characters. */
  minLength: number;
  /** Passages listed per pair, longest first. */
  maxPassages?: number;
}

export interface SharedPassage {
  /** 0-based lines where the passage starts in each report. */
  aLine: number;
  bLine: number;
  /** Characters of the passage in report a. */
  length: number;
  text: string;
}

export interface SimilarPair {
  a: number;
  b: number;
  /** Share of a's text found in b, and of b's found in a, from 0 to 1. */
  shareA: number;
  shareB: number;
  passages: SharedPassage[];
}

/**
 * Every pair of reports that share text, most similar first. Only pairs with at least one report among
 * the first `targets` are listed (the rest are a corpus to compare with). Reports are paired through
 * shared fingerprints, so only reports that share something are compared in full.
 */
export function similarPairs(
  reports: readonly FingerprintSource[],
  targets: number,
  options: SimilarOptions,
  token?: CancellationToken,
): SimilarPair[] {
  const index = FingerprintIndex.build(reports);
  const prepared = new Map<number, PreparedText>();
  const prepare = (i: number): PreparedText => {
    let text = prepared.get(i);
    if (!text) prepared.set(i, (text = prepareText(reports[i].text, organsOf(reports[i]))));
    return text;
  };
  const pairs: SimilarPair[] = [];
  for (let a = 0; a < targets && !token?.isCancellationRequested; a++) {
    const ownOrgan = index.organOfDocument(a);
    const hashes = prepare(a).hashes;
    const votes = new Map<number, number>();
    for (const at of winnow(hashes)) {
      const range = index.range(hashes[at]);
      if (index.isCommon(range, ownOrgan)) continue;
      for (let i = range.from; i < range.to; i++) {
        const b = index.documentAt(i);
        // Each pair once: a target with a later target or with any corpus report.
        if (b > a) votes.set(b, (votes.get(b) ?? 0) + 1);
      }
    }
    for (const [b, count] of votes) {
      if (count < 2) continue;
      const pair = comparePair(a, b, prepare(a), prepare(b), index, options);
      if (pair) pairs.push(pair);
    }
  }
  return pairs.sort((x, y) => Math.max(y.shareA, y.shareB) - Math.max(x.shareA, x.shareB) || x.a - y.a || x.b - y.b);
}

function comparePair(a: number, b: number, textA: PreparedText, textB: PreparedText, index: FingerprintIndex, options: SimilarOptions): SimilarPair | null {
  // Wording common to many organs besides these two is not what they share with each other.
  const organA = index.organOfDocument(a);
  const organB = index.organOfDocument(b);
  const common = new Map<number, boolean>();
  const isCommon = (hash: number): boolean => {
    let answer = common.get(hash);
    if (answer === undefined) {
      const range = index.range(hash);
      answer = index.isCommon(range, organA) && (organA === organB || index.isCommon(range, organB));
      common.set(hash, answer);
    }
    return answer;
  };
  const runsA = sharedRuns(textA, textB, isCommon);
  const runsB = sharedRuns(textB, textA, isCommon);
  const lengthA = textA.skeleton.units.length;
  const lengthB = textB.skeleton.units.length;
  const linesA = lineStarts(textA.text);
  const linesB = lineStarts(textB.text);
  const passages: SharedPassage[] = [];
  for (const run of runsA) {
    // A passage is listed per line of a: a report's lines are its paragraphs.
    const span = originalSpan(textA.skeleton, run.from, run.to);
    for (let start = span.start; start < span.end; ) {
      const lineEnd = textA.text.indexOf('\n', start);
      const end = lineEnd < 0 || lineEnd > span.end ? span.end : lineEnd;
      const first = firstUnitAtOrAfter(textA.skeleton, start);
      const last = firstUnitAtOrAfter(textA.skeleton, end);
      if (last > first) {
        const piece = originalSpan(textA.skeleton, first, last);
        piece.start = withOpeningMarks(textA.text, piece.start, start);
        const inB = Math.min(run.otherFrom + (first - run.from), lengthB - 1);
        passages.push({
          aLine: lineAt(linesA, piece.start),
          bLine: lineAt(linesB, textB.skeleton.starts[inB]),
          length: piece.end - piece.start,
          text: textA.text.slice(piece.start, piece.end),
        });
      }
      start = end + 1;
    }
  }
  passages.sort((x, y) => y.length - x.length || x.aLine - y.aLine);
  const listed = passages.filter((passage) => passage.length >= options.minLength).slice(0, options.maxPassages ?? 5);
  if (listed.length === 0) return null;
  return {
    a,
    b,
    shareA: lengthA === 0 ? 0 : coveredUnits(runsA) / lengthA,
    shareB: lengthB === 0 ? 0 : coveredUnits(runsB) / lengthB,
    passages: listed,
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
