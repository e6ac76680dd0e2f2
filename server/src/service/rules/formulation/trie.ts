// A character trie over many short strings, walked from the offsets of a draft where a key could start:
// one pass finds every occurrence of every wrong form and slip (thousands of them).
//
// Most offsets are rejected by one lookup (no key starts with that character); most of the rest by a
// bit of a small table of the keys' first three characters. The tables are small on purpose: a 4 MB
// table read at hashed places missed the cache at every lookup and cost more than the walks.

export interface TrieMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** The trie in flat arrays, made on first use: a walk then reads typed arrays instead of maps. */
interface Compiled<T> {
  /** Node reached from the root by a character, or -1. */
  root: Int32Array;
  /** Every other edge, in one open-addressed table keyed by (node, character): one probe per step. */
  mask: number;
  edgeFrom: Int32Array;
  edgeChar: Uint16Array;
  edgeTo: Int32Array;
  values: (T[] | undefined)[];
}

const FILTER_BITS = 16;

/** Edge keys while building: node × 2^16 + character, in one map (a map per node cost more than the scans). */
const EDGE = 0x10000;

export class Trie<T> {
  /** While building: the child of each (node, character); node 0 is the root. */
  private readonly edges = new Map<number, number>();
  /** The keys' values by the node where each key ends. */
  private readonly nodeValues: (T[] | undefined)[] = [undefined];
  private compiled: Compiled<T> | undefined;
  /** First characters of the keys, by char code: most characters of a draft start none. */
  private readonly starts = new Uint8Array(0x10000);
  /** Keys of one character, by char code: they need no look at what follows. */
  private readonly singles = new Uint8Array(0x10000);
  /**
   * Bits of the hashed first three characters of the keys (keys of two characters: their pair, in a table
   * of its own). 法治 and 依法 begin many keys and stand everywhere in a draft; 法治政 is rarer.
   */
  private readonly triples = new Int32Array(1 << (FILTER_BITS - 5));
  private readonly pairs = new Int32Array(1 << (FILTER_BITS - 5));

  add(key: string, value: T): void {
    this.compiled = undefined;
    let node = 0;
    const a = key.charCodeAt(0);
    this.starts[a] = 1;
    if (key.length === 1) this.singles[a] = 1;
    else if (key.length === 2) setBit(this.pairs, pairHash(a, key.charCodeAt(1)));
    else setBit(this.triples, tripleHash(a, key.charCodeAt(1), key.charCodeAt(2)));
    for (let i = 0; i < key.length; i++) {
      const edge = node * EDGE + key.charCodeAt(i);
      let child = this.edges.get(edge);
      if (child === undefined) {
        child = this.nodeValues.length;
        this.nodeValues.push(undefined);
        this.edges.set(edge, child);
      }
      node = child;
    }
    (this.nodeValues[node] ??= []).push(value);
  }

  /** Occurrences of the keys starting in [from, to), by start offset then length. */
  findAll(text: string, from = 0, to = text.length): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    const { root, mask, edgeFrom, edgeChar, edgeTo, values } = (this.compiled ??= this.compile());
    // Locals: this loop runs once per character of the draft.
    const { starts, singles, triples, pairs } = this;
    const n = text.length;
    const last = Math.min(to, n);
    for (let i = Math.max(0, from); i < last; i++) {
      const c = text.charCodeAt(i);
      if (starts[c] === 0) continue;
      // Near the end there is no third character to hash (reading past it would leave the fast path): walk.
      if (i + 2 < n && singles[c] === 0) {
        const d = text.charCodeAt(i + 1);
        if (!hasBit(triples, tripleHash(c, d, text.charCodeAt(i + 2))) && !hasBit(pairs, pairHash(c, d))) continue;
      }
      let node = root[c];
      for (let j = i + 1; ; j++) {
        const here = values[node];
        if (here !== undefined) for (const value of here) out.push({ start: i, end: j, value });
        if (j >= n) break;
        const next = text.charCodeAt(j);
        let h = edgeHash(node, next) & mask;
        let child = -1;
        for (let owner = edgeFrom[h]; owner >= 0; h = (h + 1) & mask, owner = edgeFrom[h]) {
          if (owner === node && edgeChar[h] === next) {
            child = edgeTo[h];
            break;
          }
        }
        if (child < 0) break;
        node = child;
      }
    }
    return out;
  }

  private compile(): Compiled<T> {
    const edges = this.edges.size;
    // At most half full, so a probe rarely goes past its first slot.
    let size = 2;
    while (size < edges * 2) size <<= 1;
    const compiled: Compiled<T> = {
      root: new Int32Array(0x10000).fill(-1),
      mask: size - 1,
      edgeFrom: new Int32Array(size).fill(-1),
      edgeChar: new Uint16Array(size),
      edgeTo: new Int32Array(size),
      values: this.nodeValues,
    };
    for (const [edge, child] of this.edges) {
      const from = Math.floor(edge / EDGE);
      const c = edge - from * EDGE;
      if (from === 0) {
        compiled.root[c] = child;
        continue;
      }
      let h = edgeHash(from, c) & compiled.mask;
      while (compiled.edgeFrom[h] >= 0) h = (h + 1) & compiled.mask;
      compiled.edgeFrom[h] = from;
      compiled.edgeChar[h] = c;
      compiled.edgeTo[h] = child;
    }
    return compiled;
  }
}

const FILTER_MASK = (1 << FILTER_BITS) - 1;
const pairHash = (a: number, b: number) => (Math.imul(a, 40503) ^ b) & FILTER_MASK;
const tripleHash = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 40503) ^ b, 40503) ^ c) & FILTER_MASK;
const edgeHash = (node: number, c: number) => Math.imul(node ^ Math.imul(c, 0x9e3779b1), 0x85ebca6b) >>> 0;
const setBit = (bits: Int32Array, h: number) => (bits[h >> 5] |= 1 << (h & 31));
const hasBit = (bits: Int32Array, h: number) => (bits[h >> 5] & (1 << (h & 31))) !== 0;
