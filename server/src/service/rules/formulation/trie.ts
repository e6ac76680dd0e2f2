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

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  /** First characters of the keys, by char code: most characters of a draft start none. */
  private readonly starts = new Uint8Array(0x10000);
  /** First two characters of the keys, hashed: a common first character (法, 党) rarely begins a key. */
  private readonly pairs = new Uint8Array(1 << 20);
  private readonly singles = new Set<number>();

  add(key: string, value: T): void {
    let node = this.root;
    this.starts[key.charCodeAt(0)] = 1;
    if (key.length === 1) this.singles.add(key.charCodeAt(0));
    else this.pairs[pairHash(key.charCodeAt(0), key.charCodeAt(1))] = 1;
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
    for (let i = Math.max(0, from); i < to; i++) {
      const c = text.charCodeAt(i);
      if (!this.starts[c] || (!this.pairs[pairHash(c, text.charCodeAt(i + 1))] && !this.singles.has(c))) continue;
      let node = this.root.next.get(text.charCodeAt(i));
      for (let j = i + 1; node; j++) {
        for (const value of node.values) if (keep(value)) out.push({ start: i, end: j, value });
        if (j >= text.length) break;
        node = node.next.get(text.charCodeAt(j));
      }
    }
    return out;
  }
}

const pairHash = (a: number, b: number) => ((a * 40503) ^ b) & 0xfffff;
