// An open-addressing hash table from a bigram (two UTF-16 units packed into 32 bits) to a slot.
// A Map of numbers would cost ~50 bytes per entry and a hash lookup per character of a 60 MB corpus;
// two typed arrays cost 8 bytes per slot and no garbage.

const EMPTY = 0;

export function bigramKey(first: number, second: number): number {
  return ((first << 16) | second) >>> 0;
}

export class BigramTable {
  keys: Uint32Array;
  /** Per slot: occurrences while counting, then the slot's start in the postings. */
  counts: Int32Array;
  size = 0;
  private mask: number;

  constructor(capacity = 1 << 14) {
    this.keys = new Uint32Array(capacity);
    this.counts = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  /** Slot of `key`, or -1. Key 0 (two NUL units) is never stored: NUL is the documents' separator. */
  find(key: number): number {
    let slot = hash(key) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) return slot;
      if (k === EMPTY) return -1;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Counts one occurrence of `key`. */
  add(key: number): void {
    let slot = hash(key) & this.mask;
    for (;;) {
      const k = this.keys[slot];
      if (k === key) {
        this.counts[slot]++;
        return;
      }
      if (k === EMPTY) break;
      slot = (slot + 1) & this.mask;
    }
    this.keys[slot] = key;
    this.counts[slot] = 1;
    if (++this.size * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      let slot = hash(keys[i]) & this.mask;
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & this.mask;
      this.keys[slot] = keys[i];
      this.counts[slot] = counts[i];
    }
  }

  byteLength(): number {
    return this.keys.byteLength + this.counts.byteLength;
  }
}

function hash(key: number): number {
  return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0;
}
