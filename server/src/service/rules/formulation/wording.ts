// Wording checks: known wrong forms, and near misses of a lexicon entry that are a known kind of slip —
// a confusable character (主意 for 主义, 制 for 治), a homophone typed through pinyin input (手法 for 守法,
// soundSlips.ts), a character dropped or doubled inside a long formulation, two neighbours swapped, a word
// of like meaning put for the formulation's own (公平 for 公正 in 严格规范公正文明执法). Anything else one edit away (二十届一中全会 beside 三中全会,
// 全面依法治校 beside 全面依法治国) is left alone: those are other correct words.
import * as l10n from '@vscode/l10n';
import type { Finding } from '../ruleTypes';
import { CONFUSABLE, CORRECT, FIXED_COUNTS, WORD_CONFUSIONS, type WrongForm, WRONG_FORMS } from './lexicon';
import { openSlot, soundSlips } from './soundSlips';
import { Trie } from './trie';
import { wordCrosses, wordLengthAt, wordsOf } from './words';

type Entry = { kind: 'wrong'; form: WrongForm } | { kind: 'near'; right: string; how: Slip; words?: [meant: string, written: string]; atEnd?: boolean };
type Slip = 'confusable' | 'homophone' | 'nearSound' | 'dropped' | 'doubled' | 'swapped' | 'word' | 'count' | 'substituted';

const HAN = /^[\u3400-\u9fff]$/;
const MIN_CONFUSABLE = 4;
// 制 for 治 in a short word is often a word of its own (法制意识, 依法制定): only the listed wrong forms.
const MIN_FAZHI = 5;
const MIN_DOUBLED = 6;
const MIN_SWAPPED = 7;
const MIN_DROPPED = 8;
// A word swapped in a short formulation often makes other correct wording (依法管理, 法治监管): only in long
// ones, and in the numbered short ones (两个确立), which have no other reading.
const MIN_WORD_SWAP = 7;
const NUMBERED = /^[两三四五六七八九十]个/;

const CORRECT_SET = new Set(CORRECT);
const LONGEST = Math.max(...CORRECT.map((w) => w.length));
const WRONG_SET = new Set(WRONG_FORMS.map((w) => w.wrong));

/** The slips of one formulation, as the strings a writer would have typed. */
function slipsOf(f: string): [string, Slip][] {
  const out: [string, Slip][] = [];
  const n = f.length;
  for (let i = 0; i < n; i++) {
    if (n >= MIN_CONFUSABLE) {
      for (const c of CONFUSABLE.get(f[i]) ?? []) {
        if (n < MIN_FAZHI && '制治'.includes(c) && '制治'.includes(f[i])) continue;
        out.push([f.slice(0, i) + c + f.slice(i + 1), 'confusable']);
      }
    }
    if (!HAN.test(f[i])) continue;
    // Only inside the formulation: a first or last character dropped, doubled or swapped is usually the
    // next word (学习习近平…, 纲要要求, 促进国家治理体系…).
    const inside = i > 0 && i < n - 1;
    if (inside && n >= MIN_DROPPED) out.push([f.slice(0, i) + f.slice(i + 1), 'dropped']);
    if (inside && n >= MIN_DOUBLED) out.push([f.slice(0, i + 1) + f[i] + f.slice(i + 1), 'doubled']);
    if (inside && n >= MIN_SWAPPED && i + 1 < n && f[i] !== f[i + 1] && HAN.test(f[i + 1])) out.push([f.slice(0, i) + f[i + 1] + f[i] + f.slice(i + 2), 'swapped']);
  }
  return out;
}

/**
 * The last character dropped or doubled: a slip only where punctuation follows (行政执法三项制，, 习近平法治思想想，).
 * A dropped one is keyed with the punctuation after it, so the formulation written whole (whose every
 * occurrence holds the shorter string) walks no further key; the punctuation is then left out of the span.
 */
const CLOSING_MARKS = '，。；：、！？”》）';
function endSlipsOf(f: string): [string, Slip][] {
  if (!HAN.test(f[f.length - 1])) return [];
  const out: [string, Slip][] = [];
  if (f.length >= MIN_DROPPED) for (const mark of CLOSING_MARKS) out.push([f.slice(0, -1) + mark, 'dropped']);
  if (f.length >= MIN_DOUBLED) out.push([f + f[f.length - 1], 'doubled']);
  return out;
}

/** The formulation with one of its words put as another of like meaning: [typed, meant word, written word]. */
function wordSwapsOf(f: string): [string, string, string][] {
  if (f.length < MIN_WORD_SWAP && !NUMBERED.test(f)) return [];
  // Most formulations hold no word of any group: they are not segmented at all.
  if (!WORD_CONFUSIONS.some(({ words }) => words.some((w) => f.includes(w)))) return [];
  const out: [string, string, string][] = [];
  // Whole words only: 治理 in 法治理念 is no word of its own.
  const bounds = new Set<number>();
  for (const { index, segment } of wordsOf(f)) bounds.add(index).add(index + segment.length);
  for (const { words } of WORD_CONFUSIONS) {
    for (const meant of words) {
      for (let i = f.indexOf(meant); i >= 0; i = f.indexOf(meant, i + 1)) {
        if (!bounds.has(i) || !bounds.has(i + meant.length)) continue;
        for (const written of words) if (written !== meant) out.push([f.slice(0, i) + written + f.slice(i + meant.length), meant, written]);
      }
    }
  }
  return out;
}

/** Collocations a swapped word makes with what follows it (体制机制): the swap is then that other wording. */
const WORD_NOT_AFTER = new Map(WORD_CONFUSIONS.flatMap(({ notAfter }) => Object.entries(notAfter ?? {})));

/** A slip that is itself correct, known wrong, or makes a correct word of its own (法制宣传教育 holds 法制宣传) is no slip. */
function keepSlip(slip: string, of: string): boolean {
  if (CORRECT_SET.has(slip) || WRONG_SET.has(slip)) return false;
  return !WORDS.findAll(slip).some((m) => m.end - m.start >= 3 && !of.includes(m.value));
}

/** The correct words alone, to find those a slip happens to contain. */
const WORDS = new Trie<string>();
for (const text of CORRECT) WORDS.add(text, text);

/** Wrong forms and slips: what a draft is scanned for. The correct words (WORDS) are looked up only around a hit. */
const TRIE = new Trie<Entry>();
for (const form of WRONG_FORMS) TRIE.add(form.wrong, { kind: 'wrong', form });
for (const f of CORRECT) for (const [slip, how] of slipsOf(f)) if (keepSlip(slip, f)) TRIE.add(slip, { kind: 'near', right: f, how });
for (const f of CORRECT) {
  // The dropped slip is one string keyed once per closing mark: it is screened once.
  const kept = new Map<string, boolean>();
  for (const [slip, how] of endSlipsOf(f)) {
    const typed = how === 'dropped' ? slip.slice(0, -1) : slip;
    if (!kept.has(typed)) kept.set(typed, keepSlip(typed, f));
    if (kept.get(typed)) TRIE.add(slip, { kind: 'near', right: f, how, atEnd: true });
  }
}
// A long formulation (MIN_ONE_OFF or more) cited as a title (《重大行政决策程序暂时条例》) with any one character
// written as another: one of its halves then stands exactly, so the halves are keys and the whole is compared
// where one is found. Only inside 《》: a title is copied, so any other character in it is a slip — and the
// halves, looked for everywhere, would cost the rule half again its time.
const MIN_ONE_OFF = 10;
const MAX_TITLE = 80;
/** A half of a long formulation: the formulation, where the half stands in it, and its first word's length. */
interface Half {
  word: string;
  offset: number;
  firstWord: number;
}
const HALVES = new Trie<Half>();
for (const f of CORRECT) {
  if (f.length < MIN_ONE_OFF || !HAN.test(f[0])) continue;
  const h = f.length >> 1;
  const firstWord = wordLengthAt(f, 0);
  HALVES.add(f.slice(0, h), { word: f, offset: 0, firstWord });
  HALVES.add(f.slice(h), { word: f, offset: h, firstWord });
}
// A fixed count written as another (三个意识 for 四个意识, 行政执法四项制度 for 三项制度).
for (const f of FIXED_COUNTS) {
  const at = f.search(/[一两二三四五六七八九十](?=[个项])/);
  for (const c of '一两二三四五六七八九十') {
    const slip = f.slice(0, at) + c + f.slice(at + 1);
    if (c !== f[at] && keepSlip(slip, f)) TRIE.add(slip, { kind: 'near', right: f, how: 'count' });
  }
}
for (const f of CORRECT) for (const [swap, meant, written] of wordSwapsOf(f)) if (keepSlip(swap, f)) TRIE.add(swap, { kind: 'near', right: f, how: 'word', words: [meant, written] });

const WHY: Record<Exclude<Slip, 'word'>, () => string> = {
  confusable: () => l10n.t('同音或形近字误用'),
  homophone: () => l10n.t('同音字误用'),
  nearSound: () => l10n.t('音近字误用'),
  count: () => l10n.t('数目不对'),
  substituted: () => l10n.t('有一个字写错'),
  dropped: () => l10n.t('漏了一个字'),
  doubled: () => l10n.t('多了一个重复的字'),
  swapped: () => l10n.t('相邻两字颠倒'),
};

function nearMessage(written: string, right: string, how: Slip, words?: [string, string]): string {
  if (how === 'word' && words) return l10n.t('提法“{0}”应为规范表述“{1}”：“{2}”与“{3}”义近，固定提法中不能互换。', written, right, words[0], words[1]);
  return l10n.t('提法“{0}”应为规范表述“{1}”（{2}）。', written, right, WHY[how === 'word' ? 'confusable' : how]());
}

/**
 * The wording findings, and apart from them the homophone slips and characters written wrong with no known
 * kind of slip: those are the least specific guesses, so
 * the caller lets its other checks (a fixed series naming its member) speak first on the same span.
 */
export function wordingFindings(text: string): { findings: Finding[]; homophones: Finding[] } {
  // Slips and wrong forms are rare; the correct words around each one are looked up only there.
  const hits: { start: number; end: number; value: Entry }[] = TRIE.findAll(text);
  // A dropped last character was found with the punctuation after it: the span is the words alone.
  for (const m of hits) if (m.value.kind === 'near' && m.value.atEnd && m.value.how === 'dropped') m.end -= 1;
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open);
    if (close < 0) break;
    if (close - open > MAX_TITLE) continue;
    for (const { start, value } of HALVES.findAll(text, open + 1, close)) {
      const at = start - value.offset;
      if (at > open && at + value.word.length <= close && oneOff(text, at, value)) hits.push({ start: at, end: at + value.word.length, value: { kind: 'near', right: value.word, how: 'substituted' } });
    }
  }
  for (const s of soundSlips(text)) hits.push({ start: s.start, end: s.end, value: { kind: 'near', right: s.right, how: s.exact ? 'homophone' : 'nearSound' } });
  if (hits.length === 0) return { findings: [], homophones: [] };
  const exactCache = new Map<number, { start: number; end: number; text: string }[]>();
  const overlapping = (start: number, end: number) => {
    const key = start * 64 + (end - start);
    let out = exactCache.get(key);
    if (!out) {
      out = WORDS.findAll(text, start - LONGEST, end)
        .filter((m) => m.end > start)
        .map((m) => ({ start: m.start, end: m.end, text: m.value }));
      exactCache.set(key, out);
    }
    return out;
  };
  const covered = (start: number, end: number) => overlapping(start, end).some((m) => m.start <= start && end <= m.end && m.end - m.start > end - start);
  const findings: Finding[] = [];
  const homophones: Finding[] = [];
  const taken: [number, number][] = [];
  const free = (start: number, end: number) => !taken.some(([s, e]) => start < e && s < end);
  // Longest first: 全面依法制国 before 依法制国; a character written wrong with no known kind of slip last
  // of all, so a slip of a known kind names the same span with what it knows.
  const vague = (m: { value: Entry }) => (m.value.kind === 'near' && m.value.how === 'substituted' ? 1 : 0);
  const byLength = hits.sort((a, b) => vague(a) - vague(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of byLength) {
    if (m.value.kind !== 'wrong' || !free(m.start, m.end)) continue;
    const w = m.value.form;
    if (w.notAfter?.test(text.slice(m.end, m.end + 1)) || w.notBefore?.test(text.slice(Math.max(0, m.start - 1), m.start))) continue;
    if (w.context && !w.context.test(text.slice(Math.max(0, m.start - 8), m.end + 8))) continue;
    if (covered(m.start, m.end) || writtenAt(text, w.right, m.start, m.end)) continue;
    taken.push([m.start, m.end]);
    findings.push({
      start: m.start,
      end: m.end,
      // The reasons come from the data file; their English forms are in the l10n bundle (checked by a test).
      message: l10n.t('“{0}”应为“{1}”：{2}。', w.wrong, w.right, l10n.t(w.why)),
      fix: { title: l10n.t('改为“{0}”', w.right), edits: [{ start: m.start, end: m.end, newText: w.right }], safe: true },
    });
  }
  for (const m of byLength) {
    if (m.value.kind !== 'near' || !free(m.start, m.end)) continue;
    const { right, how, atEnd, words } = m.value;
    // A window that only looks like a slip because it is a shifted view of correct text next to it. A
    // correct word reaching in from outside is no such view when what it shares with the window is the
    // formulation's own beginning or end (推进法治建设 before 法治建设第一责人).
    const near = overlapping(m.start, m.end);
    const written = text.slice(m.start, m.end);
    // The right form at the window's start is the doubled-end slip itself (习近平法治思想 in 习近平法治思想想).
    const ownPrefix = (e: { start: number; end: number; text: string }) => atEnd === true && how === 'doubled' && e.start === m.start && e.end === m.end - 1;
    const shifted = (e: { start: number; end: number; text: string }) =>
      (e.text === right && !ownPrefix(e)) ||
      (e.start < m.start && !right.startsWith(text.slice(m.start, Math.min(e.end, m.end)))) ||
      (e.end > m.end && !right.endsWith(text.slice(Math.max(e.start, m.start), m.end)));
    if (covered(m.start, m.end) || near.some(shifted)) continue;
    if ((how === 'dropped' || how === 'doubled' || how === 'swapped') && !atEnd && runsOn(text, m.end)) continue;
    if (atEnd && !ENDS_CLAUSE.test(text.charAt(m.end))) continue;
    // A word of the text reaching into the window (示范市 + 建设: 法治政府建设示范市建 is no window).
    if (how === 'substituted' && (runsOn(text, m.end) || wordCrosses(text, m.start, 3, 2))) continue;
    // A counted formulation stands alone (“四个意识”、): 三个意识形态阵地 is no count of 四个意识.
    if (how === 'count' && HAN.test(text.charAt(m.end)) && !'的和与及'.includes(text.charAt(m.end))) continue;
    if (words && afterWord(text, m.start, written, words[1])) continue;
    // Homophone slips are found in the text, not listed in the trie: the written form is screened here.
    // The least specific guesses go to the caller apart, after its other checks (a series naming its member).
    const sound = how === 'homophone' || how === 'nearSound' || how === 'substituted';
    if (sound && !keepSlip(written, right)) continue;
    taken.push([m.start, m.end]);
    (sound ? homophones : findings).push({
      start: m.start,
      end: m.end,
      message: nearMessage(written, right, how, words),
      fix: { title: l10n.t('改为“{0}”', right), edits: [{ start: m.start, end: m.end, newText: right }], safe: false },
    });
  }
  return { findings, homophones };
}

/**
 * The window's last character starts a word that goes on past it: 压实……第一责任人责任 is not 第一责任人职责
 * with 职 dropped but 责任 after 第一责任人. Asked only of a near miss (a rare event), on a few characters.
 */
function runsOn(text: string, end: number): boolean {
  return wordCrosses(text, end, 2, 3);
}

/** What may follow a formulation whose last character was dropped or doubled: the clause or the text ends. */
const ENDS_CLAUSE = /^$|^[，。；：、！？”》）)\s,.;:]/;

/**
 * The text from start is the half's formulation with exactly one Han character written as another Han
 * character. Not at an open slot of the lexicon (二十届三中 / 四中 differ there by design), nor in its first
 * word (党组 for 党政: another correct subject). Written exactly, or differing in two places, it is no slip.
 */
function oneOff(text: string, start: number, { word, firstWord }: Half): boolean {
  if (start < 0 || start + word.length > text.length) return false;
  let k = -1;
  for (let j = 0; j < word.length; j++) {
    if (text.charCodeAt(start + j) === word.charCodeAt(j)) continue;
    if (k >= 0) return false;
    k = j;
  }
  if (k < firstWord || !HAN.test(text[start + k]) || !HAN.test(word[k]) || openSlot(word, k)) return false;
  // Another number (委员会第三次会议) or a place's own level (依法治县 for 依法治国) is other correct wording.
  return !OTHER_OF_KIND.some((kind) => kind.includes(text[start + k]) && kind.includes(word[k]));
}
const OTHER_OF_KIND = ['〇零一二两三四五六七八九十百千', '国省市县区州盟旗乡镇村街'];

/** The swapped word goes on into a collocation of its own (……体制机制): other wording, not a slip. */
function afterWord(text: string, start: number, written: string, word: string): boolean {
  const follow = WORD_NOT_AFTER.get(word);
  if (!follow) return false;
  for (let i = written.indexOf(word); i >= 0; i = written.indexOf(word, i + 1)) {
    if (text.startsWith(follow, start + i + word.length)) return true;
  }
  return false;
}

/** The right form is written here already and the wrong form is only a part of it (八项规定精神 in 中央八项规定精神). */
function writtenAt(text: string, right: string, start: number, end: number): boolean {
  for (let k = Math.max(0, end - right.length); k <= start; k++) if (text.startsWith(right, k)) return true;
  return false;
}
