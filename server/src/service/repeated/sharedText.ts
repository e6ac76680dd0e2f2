import { copySkeleton, type CopySkeleton } from './copySkeleton';
import { K, kgramHashes } from './kgramHashes';

/** A report ready for comparison: its skeleton and the hash of every K-run of it. */
export interface PreparedText {
  text: string;
  skeleton: CopySkeleton;
  hashes: Uint32Array;
}

export function prepareText(text: string, organs: readonly string[]): PreparedText {
  const skeleton = copySkeleton(text, organs);
  return { text, skeleton, hashes: kgramHashes(skeleton.units) };
}

/** A stretch of one text found in another: skeleton units [from, to) of the first, from `otherFrom` in the second. */
export interface SharedRun {
  from: number;
  to: number;
  otherFrom: number;
}

/**
 * The stretches of `a` that `b` also holds, as runs of skeleton units, in the order of `a`. A K-run of
 * `a` whose hash `isCommon` calls common wording covers nothing.
 */
export function sharedRuns(a: PreparedText, b: PreparedText, isCommon: (hash: number) => boolean = () => false): SharedRun[] {
  const inB = new Map<number, number>();
  for (let i = b.hashes.length - 1; i >= 0; i--) inB.set(b.hashes[i], i);
  const runs: SharedRun[] = [];
  let current: SharedRun | null = null;
  for (let p = 0; p < a.hashes.length; p++) {
    const at = inB.get(a.hashes[p]);
    if (at === undefined || isCommon(a.hashes[p])) continue;
    if (current && p <= current.to) {
      current.to = p + K;
    } else {
      current = { from: p, to: p + K, otherFrom: at };
      runs.push(current);
    }
  }
  return runs;
}

/** How many skeleton units the runs cover (they are disjoint and ordered). */
export function coveredUnits(runs: readonly SharedRun[]): number {
  let total = 0;
  for (const run of runs) total += run.to - run.from;
  return total;
}

/** The original-text span of skeleton units [from, to). */
export function originalSpan(skeleton: CopySkeleton, from: number, to: number): { start: number; end: number } {
  return { start: skeleton.starts[from], end: skeleton.ends[to - 1] };
}

/** The first skeleton unit that starts at or after `offset` of the original text. */
export function firstUnitAtOrAfter(skeleton: CopySkeleton, offset: number): number {
  const { starts } = skeleton;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const OPENING = new Set([...'（(《“‘【〔[']);

/** `start` moved back over the opening marks before it (not past `floor`): a passage reads （一） not 一）. */
export function withOpeningMarks(text: string, start: number, floor = 0): number {
  while (start > floor && OPENING.has(text[start - 1])) start--;
  return start;
}
