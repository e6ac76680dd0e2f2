// Hashes of every run of K skeleton units, and the winnowed subset of them (Schleimer, Wilkerson and
// Aiken, "Winnowing: local algorithms for document fingerprinting", 2003): the smallest hash of every
// window of W consecutive hashes. Any shared run of at least K + W - 1 units shares a fingerprint, so an
// index of fingerprints finds every passage of that length while holding about 2 / (W + 1) of the hashes.

/** Units per hashed run: short enough to survive an edit every dozen characters, long enough to be rare. */
export const K = 12;
/** Window of the winnowing: with K, any shared run of 27 units (about 30 characters) is found. */
export const W = 16;

const BASE = 0x9e3779b1 | 0;

/** The hash of the K units starting at each position: length max(0, units.length - K + 1). */
export function kgramHashes(units: Uint16Array): Uint32Array {
  const count = units.length - K + 1;
  if (count <= 0) return new Uint32Array(0);
  const hashes = new Uint32Array(count);
  // BASE^K, to take the outgoing unit off the rolling hash.
  let top = 1;
  for (let i = 0; i < K; i++) top = Math.imul(top, BASE);
  let h = 0;
  for (let i = 0; i < units.length; i++) {
    h = (Math.imul(h, BASE) + mix(units[i])) | 0;
    if (i >= K) h = (h - Math.imul(top, mix(units[i - K]))) | 0;
    if (i >= K - 1) hashes[i - K + 1] = finalise(h);
  }
  return hashes;
}

/** Positions (indexes into `hashes`) of the winnowed fingerprints, ascending. */
export function winnow(hashes: Uint32Array): number[] {
  const picked: number[] = [];
  if (hashes.length === 0) return picked;
  if (hashes.length <= W) {
    picked.push(minimumIn(hashes, 0, hashes.length));
    return picked;
  }
  let last = -1;
  for (let start = 0; start + W <= hashes.length; start++) {
    let min: number;
    if (last >= start) {
      // The previous minimum is still in the window: only the newcomer can beat it.
      const incoming = start + W - 1;
      min = hashes[incoming] <= hashes[last] ? incoming : last;
    } else {
      min = minimumIn(hashes, start, start + W);
    }
    if (min !== last) {
      picked.push(min);
      last = min;
    }
  }
  return picked;
}

/** The rightmost smallest hash in [from, to). */
function minimumIn(hashes: Uint32Array, from: number, to: number): number {
  let min = from;
  for (let i = from + 1; i < to; i++) if (hashes[i] <= hashes[min]) min = i;
  return min;
}

/** Spreads a UTF-16 unit over 32 bits, so runs of similar ideographs do not give similar hashes. */
function mix(unit: number): number {
  return Math.imul(unit ^ 0x5bd1e995, 0x27d4eb2d);
}

function finalise(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}
