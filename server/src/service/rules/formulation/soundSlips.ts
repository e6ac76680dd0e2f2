// Homophone slips of a pinyin input method (守法 typed as 手法, 枫桥 as 峰桥): a formulation written with
// exactly one character replaced by another of the same toneless syllable. Homophone classes are large
// ("yi", "zhi" have over 80 characters each), so the variants are not listed. Instead the text is read
// as syllables: one automaton (Aho–Corasick over syllables, a table lookup per character) finds where
// the text sounds like a formulation, and only there are the characters compared — text written
// exactly has no differing character, a slip has one. The syllables come from data/pinyin.json
// (generated; see the script it names).
import pinyin from '../data/pinyin.json';
import { CONFUSABLE, CORRECT, SOUND_ALIKE_WORDS } from './lexicon';
import { wordLengthAt } from './words';

export interface SoundSlip {
  start: number;
  end: number;
  /** The formulation the text was meant to be. */
  right: string;
  /** Same syllable (同音); otherwise a near sound that input methods' 模糊音 settings merge (自性 for 自信). */
  exact: boolean;
}

const MIN_LENGTH = 4;
// 制 for 治 in a short word is often a word of its own (法制意识, 法制宣传, 法制审核).
const MIN_FAZHI = 5;
// A first character that sounds alike often belongs to the word before (…建立法治政府): only in a long
// formulation, or where nothing Han stands before it.
const MIN_FIRST = 6;
// A position where the lexicon lists this many words differing only there (依法治国/校/企/税…) is an open
// slot: another character there is likely another correct word (依法治教), not a slip.
const OPEN_SLOT = 3;
/** A character's syllable ids (1-based): its first reading in FIRST (0: not in the table), a polyphone's others in MORE. */
const FIRST = new Uint16Array(0x10000);
const MORE = new Map<number, number[]>();
const SYLLABLE_ID = new Map([...Object.keys(pinyin.syllables), ...Object.keys(pinyin.otherReadings)].map((s, k) => [s, k + 1]));
for (const [syllable, chars] of Object.entries(pinyin.syllables)) for (let k = 0; k < chars.length; k++) FIRST[chars.charCodeAt(k)] = SYLLABLE_ID.get(syllable)!;
for (const [syllable, chars] of Object.entries(pinyin.otherReadings)) {
  for (let k = 0; k < chars.length; k++) MORE.set(chars.charCodeAt(k), [...(MORE.get(chars.charCodeAt(k)) ?? []), SYLLABLE_ID.get(syllable)!]);
}
/**
 * The sounds pinyin input methods offer to merge (模糊音): zh/z, ch/c, sh/s and the nasal endings -ng/-n
 * (xing/xin, zheng/zhen, fang/fan). Typed with that setting on, 四个自信 comes out as 四个自性. Each
 * syllable id maps to the id of its merged form; the automaton reads sounds that way.
 */
const merged = (syllable: string) => syllable.replace(/^([zcs])h/, '$1').replace(/ng$/, 'n');
const MERGED_ID = new Map<string, number>();
const FUZZY = new Uint16Array(Math.max(...SYLLABLE_ID.values()) + 1);
for (const [syllable, id] of SYLLABLE_ID) {
  const key = merged(syllable);
  if (!MERGED_ID.has(key)) MERGED_ID.set(key, id);
  FUZZY[id] = MERGED_ID.get(key)!;
}
/** A character's first reading, merged (0: none). */
const heardAs = (c: number) => FUZZY[FIRST[c]];

/** Some reading of a is a reading of b. Asked wherever text sounds like a formulation and differs in one place: no arrays made. */
function soundsAlike(a: number, b: number): boolean {
  if (!FIRST[a] || !FIRST[b]) return false;
  if (FIRST[a] === FIRST[b]) return true;
  const ofB = MORE.get(b);
  if (ofB?.includes(FIRST[a])) return true;
  for (const s of MORE.get(a) ?? []) if (s === FIRST[b] || ofB?.includes(s)) return true;
  return false;
}
/** Some merged reading of a is a merged reading of b. */
function soundsNear(a: number, b: number): boolean {
  if (!FIRST[a] || !FIRST[b]) return false;
  const readings = (c: number) => [FIRST[c], ...(MORE.get(c) ?? [])].map((id) => FUZZY[id]);
  const ofB = readings(b);
  return readings(a).some((r) => ofB.includes(r));
}
const isHan = (c: number) => c >= 0x3400 && c <= 0x9fff;

// The automaton reads a character of the text as its first reading. A formulation is entered as its
// characters' first readings and, once per polyphone in it, with that character read another way: the
// character a writer typed for it (its first reading) may sound like any of its readings. The alphabet
// is the syllables these use plus, each on its own, the formulations' characters that have none (the
// quotes of 新时代“枫桥经验”, digits, brackets); any other character is 0, which leads back to the start.
const WORDS = CORRECT.filter((w) => w.length >= MIN_LENGTH);
const paths: [string, number[]][] = [];
for (const word of WORDS) {
  const codes = Array.from({ length: word.length }, (_, k) => word.charCodeAt(k));
  paths.push([word, codes.map((c) => heardAs(c) || -c)]);
  codes.forEach((c, k) => {
    for (const other of MORE.get(c) ?? []) paths.push([word, codes.map((d, j) => (j === k ? FUZZY[other] : heardAs(d) || -d))]);
  });
}
/** Sounds (a syllable id, or minus a character without one) by symbol. */
const symbolOf = new Map<number, number>();
for (const [, path] of paths) for (const sound of path) if (!symbolOf.has(sound)) symbolOf.set(sound, symbolOf.size + 1);
const symbols = symbolOf.size + 1;
/** A row of the table is 2^SHIFT wide: the scan finds a row with a shift, not a multiplication. */
const SHIFT = Math.ceil(Math.log2(symbols));
const SYMBOL = new Uint16Array(0x10000);
for (const chars of Object.values(pinyin.syllables)) for (let k = 0; k < chars.length; k++) SYMBOL[chars.charCodeAt(k)] = symbolOf.get(heardAs(chars.charCodeAt(k))) ?? 0;
for (const [sound, symbol] of symbolOf) if (sound < 0) SYMBOL[-sound] = symbol;

// The trie of the paths, its failure links folded into a full table: NEXT[(state << SHIFT) + symbol].
const trie: Map<number, number>[] = [new Map()];
const ends: string[][] = [[]];
for (const [word, path] of paths) {
  let node = 0;
  for (const sound of path) {
    const symbol = symbolOf.get(sound)!;
    let child = trie[node].get(symbol);
    if (child === undefined) {
      child = trie.length;
      trie.push(new Map());
      ends.push([]);
      trie[node].set(symbol, child);
    }
    node = child;
  }
  if (!ends[node].includes(word)) ends[node].push(word);
}
// Failure links in breadth-first order; then the states are numbered so that those where a formulation's
// sound ends come last (HEARD and up): the scan tells them by their number, with no further lookup.
const order: number[] = [0];
const fail = new Int32Array(trie.length);
for (let q = 0; q < order.length; q++) {
  const node = order[q];
  for (const [symbol, child] of trie[node]) {
    let f = fail[node];
    while (node !== 0 && f !== 0 && !trie[f].has(symbol)) f = fail[f];
    fail[child] = node === 0 ? 0 : (trie[f].get(symbol) ?? 0);
    order.push(child);
  }
}
const heard: string[][] = new Array(trie.length);
for (const node of order) heard[node] = [...ends[node], ...(node === 0 ? [] : heard[fail[node]])];
const number = new Int32Array(trie.length);
const quiet = order.filter((node) => heard[node].length === 0);
const HEARD = quiet.length;
[...quiet, ...order.filter((node) => heard[node].length > 0)].forEach((node, k) => (number[node] = k));
// States are numbered in 16 bits; the lexicon's few thousand are far from the limit.
if (trie.length > 0xffff) throw new Error(`soundSlips: ${trie.length} states do not fit the table`);
/** The full transition table, NEXT[(state << SHIFT) + symbol], in the new numbering. */
const NEXT = new Uint16Array(trie.length << SHIFT);
/** Per state from HEARD on, the formulations whose sound ends there (its own and those along its failure links). */
const OUTPUT: string[][] = [];
for (const node of order) {
  const row = number[node] << SHIFT;
  if (node !== 0) NEXT.copyWithin(row, number[fail[node]] << SHIFT, (number[fail[node]] + 1) << SHIFT);
  for (const [symbol, child] of trie[node]) NEXT[row + symbol] = number[child];
  if (number[node] >= HEARD) OUTPUT[number[node] - HEARD] = heard[node];
}

/** The formulations with one position blanked, counted (made at the first slip): OPEN_SLOT or more marks an open slot. */
let blanked: Map<string, number> | undefined;
const blank = (word: string, k: number) => `${word.slice(0, k)}\u0000${word.slice(k + 1)}`;
export function openSlot(word: string, k: number): boolean {
  if (!blanked) {
    blanked = new Map();
    for (const w of CORRECT) for (let j = 0; j < w.length; j++) blanked.set(blank(w, j), (blanked.get(blank(w, j)) ?? 0) + 1);
  }
  return blanked.get(blank(word, k))! >= OPEN_SLOT;
}

/** Every place the text reads as a formulation with one character swapped for a homophone. */
export function soundSlips(text: string): SoundSlip[] {
  const out: SoundSlip[] = [];
  // Locals: this loop runs once per character of the draft.
  const symbol = SYMBOL;
  const next = NEXT;
  const shift = SHIFT;
  const heard = HEARD;
  let state = 0;
  for (let p = 0; p < text.length; p++) {
    state = next[(state << shift) | symbol[text.charCodeAt(p)]];
    if (state < heard) continue;
    // Most places that sound like a formulation are the formulation, written exactly.
    const words = OUTPUT[state - heard];
    for (let k = 0; k < words.length; k++) if (!text.startsWith(words[k], p + 1 - words[k].length)) compare(text, p + 1 - words[k].length, words[k], out);
  }
  return out;
}

/** The text from start sounds like word: a slip if exactly one Han character differs. */
function compare(text: string, start: number, word: string, out: SoundSlip[]): void {
  let k = -1;
  for (let j = 0; j < word.length; j++) {
    if (text.charCodeAt(start + j) === word.charCodeAt(j)) continue;
    if (k >= 0) return;
    k = j;
  }
  if (k < 0) return;
  const written = text.charCodeAt(start + k);
  const exact = soundsAlike(written, word.charCodeAt(k));
  if (!exact && !(soundsNear(written, word.charCodeAt(k)) && fitsNear(text.slice(start, start + word.length), k, word))) return;
  if (!fits(text, start, k, word)) return;
  out.push({ start, end: start + word.length, right: word, exact });
}

// A near sound is a weaker sign than the same sound: only inside a formulation (a first character that
// sounds near is most often the word before) and in formulations long enough to be unmistakable, or the
// counted short ones (四个自信) that have no other reading.
const MIN_NEAR = 6;
// From this length a formulation written whole but for one sound-alike word is a slip even where that word is
// correct elsewhere (公证 for 公正 in 严格规范公正文明执法).
const MIN_WHOLE = 10;
function fitsNear(written: string, k: number, word: string): boolean {
  return k > 0 && (word.length >= MIN_NEAR || /^[两三四五六七八九十]个/.test(word) || breaksWord(written, k, word));
}

/** The slip leaves a character standing alone where the formulation has a word (乡村振新: 振 and 新 for 振兴). */
function breaksWord(written: string, k: number, word: string): boolean {
  return wordLengthAt(word, k) >= 2 && wordLengthAt(written, k) === 1;
}

function fits(text: string, i: number, k: number, word: string): boolean {
  const meant = word[k];
  const written = text[i + k];
  // A listed similar shape (主意/主义) is the shape check's near miss, with its own message.
  if (CONFUSABLE.get(meant)?.includes(written)) return false;
  if (word.length < MIN_FAZHI && '制治'.includes(meant) && '制治'.includes(written)) return false;
  if (openSlot(word, k)) return false;
  // The written character makes, with a neighbour, a word of its own that sounds like the right one (法治督查, 行政权利)
  // — in a short formulation; a long one written whole but for that word (严格规范公证文明执法) is still a slip.
  const p = i + k;
  if (word.length < MIN_WHOLE && (SOUND_ALIKE_WORDS.has(text.slice(p - 1, p + 1)) || SOUND_ALIKE_WORDS.has(text.slice(p, p + 2)))) return false;
  return k > 0 || word.length >= MIN_FIRST || i === 0 || !isHan(text.charCodeAt(i - 1));
}
