// A character trie over many short strings, walked from every offset of a draft: one pass finds every
// occurrence of every lexicon string, variant and wrong form (tens of thousands of them).

export interface TrieMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<number, Node<T>>;
  values: T[];
}

/** The trie in flat arrays, made on first use: a walk then reads typed arrays instead of maps. */
interface Compiled<T> {
  /** Node reached from the root by a character, or -1. */
  root: Int32Array;
  /** Per node: where its edges start in edgeChar/edgeTo, and how many there are. */
  edgeStart: Int32Array;
  edgeCount: Int32Array;
  edgeChar: Uint16Array;
  edgeTo: Int32Array;
  values: (T[] | undefined)[];
}

export class Trie<T> {
  private readonly tree: Node<T> = { next: new Map(), values: [] };
  private compiled: Compiled<T> | undefined;
  /** First characters of the keys, by char code: most characters of a draft start none. */
  private readonly starts = new Uint8Array(0x10000);
  /**
   * First three characters of the keys, hashed (keys of two characters: their pair): a walk starts only
   * where a key could. 法治 and 依法 begin many keys and stand everywhere in a draft; 法治政 is rarer.
   */
  private readonly triples = new Uint8Array(1 << 22);
  private readonly pairs = new Uint8Array(1 << 20);
  /** First characters of two-character keys: only there is the pair looked up. */
  private readonly pairStarts = new Uint8Array(0x10000);
  private readonly singles = new Uint8Array(0x10000);

  add(key: string, value: T): void {
    this.compiled = undefined;
    let node = this.tree;
    this.starts[key.charCodeAt(0)] = 1;
    if (key.length === 1) this.singles[key.charCodeAt(0)] = 1;
    else if (key.length === 2) {
      this.pairs[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
      this.pairStarts[key.charCodeAt(0)] = 1;
    } else this.triples[tripleHash(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))] = 1;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map(), values: [] }));
      node = child;
    }
    node.values.push(value);
  }

  /** Occurrences of the keys starting in [from, to) whose value passes `keep`, by start offset then length. */
  findAll(text: string, keep: (value: T) => boolean = () => true, from = 0, to = text.length): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    const { root, edgeStart, edgeCount, edgeChar, edgeTo, values } = (this.compiled ??= this.compile());
    // Locals: this loop runs once per character of the draft.
    const { starts, triples, pairs, pairStarts, singles } = this;
    for (let i = Math.max(0, from); i < to; i++) {
      const c = text.charCodeAt(i);
      if (!starts[c]) continue;
      const d = text.charCodeAt(i + 1);
      if (!triples[tripleHash(c, d, text.charCodeAt(i + 2))] && !(pairStarts[c] && pairs[pairHash(c, d)]) && !singles[c]) continue;
      let node = root[c];
      for (let j = i + 1; node >= 0; j++) {
        const here = values[node];
        if (here) for (const value of here) if (keep(value)) out.push({ start: i, end: j, value });
        if (j >= text.length) break;
        const next = text.charCodeAt(j);
        const first = edgeStart[node];
        const last = first + edgeCount[node];
        let to = -1;
        for (let e = first; e < last; e++) {
          if (edgeChar[e] === next) {
            to = edgeTo[e];
            break;
          }
        }
        node = to;
      }
    }
    return out;
  }

  private compile(): Compiled<T> {
    const nodes: Node<T>[] = [];
    const ids = new Map<Node<T>, number>();
    const visit = (n: Node<T>) => {
      ids.set(n, nodes.length);
      nodes.push(n);
      for (const child of n.next.values()) visit(child);
    };
    for (const child of this.tree.next.values()) visit(child);
    const edges = nodes.reduce((sum, n) => sum + n.next.size, 0);
    const compiled: Compiled<T> = {
      root: new Int32Array(0x10000).fill(-1),
      edgeStart: new Int32Array(nodes.length),
      edgeCount: new Int32Array(nodes.length),
      edgeChar: new Uint16Array(edges),
      edgeTo: new Int32Array(edges),
      values: nodes.map((n) => (n.values.length ? n.values : undefined)),
    };
    for (const [c, child] of this.tree.next) compiled.root[c] = ids.get(child)!;
    let e = 0;
    nodes.forEach((n, k) => {
      compiled.edgeStart[k] = e;
      compiled.edgeCount[k] = n.next.size;
      for (const [c, child] of n.next) {
        compiled.edgeChar[e] = c;
        compiled.edgeTo[e++] = ids.get(child)!;
      }
    });
    return compiled;
  }
}

const pairHash = (a: number, b: number) => (Math.imul(a, 40503) ^ b) & 0xfffff;
const tripleHash = (a: number, b: number, c: number) => (Math.imul(Math.imul(a, 40503) ^ b, 40503) ^ c) & 0x3fffff;
