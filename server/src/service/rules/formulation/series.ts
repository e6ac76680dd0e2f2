// Fixed series (科学立法、严格执法、公正司法、全民守法): written in another order, or with one member
// replaced by a word one character away (依法治政 for 依法执政). A series written in part, or with a
// member that is a correct term of its own (依法治省 in a province's report, the 2015 纲要's 廉洁高效),
// is left alone: those are deliberate.
import * as l10n from '@vscode/l10n';
import type { Finding } from '../ruleTypes';
import { CORRECT, SERIES } from './lexicon';

export function seriesFindings(text: string): Finding[] {
  const outOfOrder = seriesOutOfOrder(text);
  const replaced = memberReplaced(text).filter((f) => !outOfOrder.some((g) => f.start < g.end && g.start < f.end));
  return [...outOfOrder, ...replaced];
}

const OPEN_QUOTE = '“'.charCodeAt(0);
const CLOSE_QUOTE = '”'.charCodeAt(0);

const SEPARATOR = /^[”"]?\s*(?:、|，|,|和|以及|与|及)\s*[“"]?/;

const ITEMS = [...new Set(SERIES.flatMap((s) => s.items))];
/** The items by their last character: where a list item may end before a 、. */
const BY_LAST_CHAR = new Map<number, string[]>();
for (const s of ITEMS) BY_LAST_CHAR.set(s.charCodeAt(s.length - 1), [...(BY_LAST_CHAR.get(s.charCodeAt(s.length - 1)) ?? []), s]);
// The same and the two maps below as flags by char code: every 、 and ， of a draft is looked up, and most
// find nothing (a typed-array read, no map probe, no one-character string).
const ENDS_ITEM = flags(BY_LAST_CHAR.keys());
/** The series each item belongs to, in the lexicon's order. */
const SERIES_WITH = new Map(ITEMS.map((item) => [item, SERIES.filter((s) => s.items.includes(item))]));

/** The first of the items written right before end. A loop, not find(): this runs at most of a draft's 、. */
function itemEndingAt(text: string, end: number, items: readonly string[]): string | undefined {
  for (const s of items) if (text.startsWith(s, end - s.length)) return s;
  return undefined;
}

function flags(codes: Iterable<number>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const c of codes) table[c] = 1;
  return table;
}

// A series of three or more items is written as a list with 、: each 、 is a candidate, and the item
// right before it (quoted or not) is where the list may begin.
export function seriesOutOfOrder(text: string): Finding[] {
  const findings: Finding[] = [];
  let resume = 0;
  for (let p = text.indexOf('、'); p >= 0; p = text.indexOf('、', p + 1)) {
    if (p < resume) continue;
    const end = text.charCodeAt(p - 1) === CLOSE_QUOTE ? p - 1 : p;
    const last = text.charCodeAt(end - 1);
    if (ENDS_ITEM[last] !== 1) continue;
    const first = itemEndingAt(text, end, BY_LAST_CHAR.get(last)!);
    if (first === undefined) continue;
    const start = end - first.length;
    for (const { items } of SERIES_WITH.get(first)!) {
      // The items as written, with what separates them.
      const found: string[] = [];
      const seps: string[] = [];
      let at = start;
      for (;;) {
        const item = items.find((s) => !found.includes(s) && itemAt(text, s, at) >= 0);
        if (!item) break;
        const from = itemAt(text, item, at);
        // The separator's “ opened this item (“三个代表”重要思想): it belongs to the item.
        if (from < at) seps[seps.length - 1] = seps[seps.length - 1].slice(0, -1);
        found.push(item);
        at = from + item.length;
        if (found.length === items.length) break;
        const sep = SEPARATOR.exec(text.slice(at, at + 6));
        if (!sep) break;
        seps.push(sep[0]);
        at += sep[0].length;
      }
      if (found.length !== items.length) continue;
      resume = at;
      if (found.every((s, k) => s === items[k])) break;
      const right = items.map((s, k) => s + (seps[k] ?? '')).join('');
      findings.push({
        start,
        end: at,
        message: l10n.t('固定提法的顺序应为“{0}”。', items.join('、')),
        fix: { title: l10n.t('改为“{0}”', right), edits: [{ start, end: at, newText: right }], safe: false },
      });
      break;
    }
  }
  return findings;
}

const HAN = /^[\u3400-\u9fff]$/;
const QUOTE = '"'.charCodeAt(0);
const PAUSE = '、'.charCodeAt(0);
const COMMA = '，'.charCodeAt(0);

/**
 * The length of the list separator at at ([”"]?[、，][“"]?), 0 if there is none: only the list separators,
 * as a replaced member is looked for in a list written as one. Read by character code: this runs at
 * each member of a thousand candidate lists.
 */
function listSeparator(text: string, at: number): number {
  let q = at;
  let c = text.charCodeAt(q);
  if (c === CLOSE_QUOTE || c === QUOTE) c = text.charCodeAt(++q);
  if (c !== PAUSE && c !== COMMA) return 0;
  c = text.charCodeAt(++q);
  if (c === OPEN_QUOTE || c === QUOTE) q++;
  return q - at;
}

// Words a writer may put in a series on purpose: every correct term, with 全面 or not (依法治省).
const KNOWN = new Set([...ITEMS, ...CORRECT, ...CORRECT.filter((w) => w.startsWith('全面')).map((w) => w.slice(2))]);

// Candidate series by the last character of the first member (written as is) and by the first
// character of the second (when the first is the replaced one).
const BY_FIRST_END = new Map<number, (typeof SERIES)[number][]>();
const BY_SECOND_START = new Map<number, (typeof SERIES)[number][]>();
for (const s of SERIES) {
  const a = s.items[0].charCodeAt(s.items[0].length - 1);
  const b = s.items[1].charCodeAt(0);
  BY_FIRST_END.set(a, [...(BY_FIRST_END.get(a) ?? []), s]);
  BY_SECOND_START.set(b, [...(BY_SECOND_START.get(b) ?? []), s]);
}
const ENDS_FIRST = flags(BY_FIRST_END.keys());
const STARTS_SECOND = flags(BY_SECOND_START.keys());

/** Same length, one character different, both characters Chinese. */
function oneApart(written: string, item: string): boolean {
  if (written.length !== item.length) return false;
  let diff = 0;
  for (let k = 0; k < item.length; k++) {
    if (written[k] === item[k]) continue;
    if (++diff > 1 || !HAN.test(written[k])) return false;
  }
  return diff === 1;
}


/**
 * A two-character word of a member put as another (综合整治 for 综合治理), the rest of the member as it is: only
 * in a series of three or more whose other members stand exactly, and in a member of four or more.
 */
function wordApart(written: string, item: string, members: number, position: number): boolean {
  if (members < 3 || item.length < 4 || written.length !== item.length) return false;
  const diffs: number[] = [];
  for (let k = 0; k < item.length; k++) if (written[k] !== item[k]) diffs.push(k);
  if (diffs.length !== 2 || diffs[1] !== diffs[0] + 1 || !HAN.test(written[diffs[0]]) || !HAN.test(written[diffs[1]])) return false;
  // Words of like meaning share a character (整治/治理, 监管/监督). A place is put in on purpose, and only in
  // the first member, the series' scope (法治武汉、法治政府、法治社会 in a city's own); a later member, or any
  // in a series of four or more with three standing exactly, is a slip whatever it shares (法治城市 for 法治社会;
  // 节水优先、空间均衡、综合治理、两手发力).
  const meant = item.slice(diffs[0], diffs[0] + 2);
  return members >= 4 || position > 0 || meant.includes(written[diffs[0]]) || meant.includes(written[diffs[1]]);
}

/** A four-character member written with its two words the other way round (公正公开 for 公开公正). */
function halvesSwapped(written: string, item: string): boolean {
  return item.length === 4 && written === item.slice(2) + item.slice(0, 2) && written !== item;
}

export function memberReplaced(text: string): Finding[] {
  // A series is found from the separator after its first member; 、 and ， are searched for natively.
  const byStart = new Map<number, Finding>();
  for (const sep of ['、', '，']) {
    for (let p = text.indexOf(sep); p >= 0; p = text.indexOf(sep, p + 1)) {
      const end = text.charCodeAt(p - 1) === CLOSE_QUOTE ? p - 1 : p;
      const after = p + 1 + (text.charCodeAt(p + 1) === OPEN_QUOTE ? 1 : 0);
      // Most separators have no candidate series at all: two table reads.
      const a = text.charCodeAt(end - 1);
      const b = text.charCodeAt(after);
      if (ENDS_FIRST[a] !== 1 && STARTS_SECOND[b] !== 1) continue;
      const hit = firstHit(text, end, after, BY_FIRST_END.get(a), false) ?? firstHit(text, end, after, BY_SECOND_START.get(b), true);
      if (!hit || byStart.has(hit.at)) continue;
      const { at, item, items } = hit;
      byStart.set(at, {
        start: at,
        end: at + item.length,
        message: l10n.t('固定提法“{0}”中的“{1}”应为“{2}”。', items.join('、'), text.slice(at, at + item.length), item),
        fix: { title: l10n.t('改为“{0}”', item), edits: [{ start: at, end: at + item.length, newText: item }], safe: false },
      });
    }
  }
  return [...byStart.values()].sort((x, y) => x.start - y.start);
}

/** The first of the candidate series written from end backwards with one member replaced. */
function firstHit(text: string, end: number, after: number, candidates: readonly (typeof SERIES)[number][] | undefined, firstReplaced: boolean) {
  if (!candidates) return undefined;
  for (const { items } of candidates) {
    const start = end - items[0].length;
    if (start < 0) continue;
    // The cheap test first: the first member as written, or (when it is the replaced one) the second.
    if (firstReplaced ? !text.startsWith(items[1], after) : !text.startsWith(items[0], start)) continue;
    const hit = walk(text, start, items);
    if (hit) return { ...hit, items };
  }
  return undefined;
}

/** The series written from start with exactly one member one character apart: where that member is and where the series ends. */
function walk(text: string, start: number, items: readonly string[]): { at: number; item: string; end: number } | undefined {
  let at = start;
  let replaced: { at: number; item: string; k: number; oneChar: boolean } | undefined;
  for (let k = 0; k < items.length; k++) {
    const item = items[k];
    // The separator's “ opens an item written with its quotes (“三个代表”重要思想).
    if (item.charCodeAt(0) === OPEN_QUOTE && text.charCodeAt(at - 1) === OPEN_QUOTE) at -= 1;
    if (!text.startsWith(item, at)) {
      const written = text.slice(at, at + item.length);
      // A member that is a correct term of its own is deliberate in a series of three (依法治省 in a
      // province's 依法治国、依法执政、依法行政); in a longer one, three members standing exactly make another
      // two-character word a slip (综合治理 for 系统治理).
      // A one-character variant that is a term of its own (合法性审核 for 合法性审查) is deliberate in any series.
      if (replaced || !(oneApart(written, item) || wordApart(written, item, items.length, k) || halvesSwapped(written, item)) || (KNOWN.has(written) && (items.length < 4 || oneApart(written, item)))) return undefined;
      replaced = { at, item, k, oneChar: oneApart(written, item) };
    }
    at += item.length;
    if (k === items.length - 1) break;
    const sep = listSeparator(text, at);
    if (sep === 0) return undefined;
    at += sep;
  }
  if (!replaced) return undefined;
  // A last member followed by more characters may be the start of another word (依法行使职权); 的 after it
  // closes the series as a modifier (……化解矛盾靠理的习惯).
  // Only one character changed at the member's end can be such a start: 全面守法理念 is 全民守法 with 理念
  // after it, and a whole word put in (法治城市一体建设) is a member complete in itself.
  const last = items[replaced.k];
  const endChanged = text[replaced.at + last.length - 1] !== last[last.length - 1];
  if (replaced.k === items.length - 1 && replaced.oneChar && endChanged && HAN.test(text[at] ?? '') && text[at] !== '的') return undefined;
  return { at: replaced.at, item: replaced.item, end: at };
}


/** Where item starts if it is written at at: there, or one before when the separator's “ opens it (“三个代表”重要思想); -1 if not. */
function itemAt(text: string, item: string, at: number): number {
  if (text.startsWith(item, at)) return at;
  return item[0] === '“' && text[at - 1] === '“' && text.startsWith(item, at - 1) ? at - 1 : -1;
}
