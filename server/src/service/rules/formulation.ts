// formulation: a near miss of a standard formulation (提法) from the list in data/formulations.json.
//   before: 习近平新时代中国特色社会主意思想   深入学习党的二十大会议精神
//   after:  习近平新时代中国特色社会主义思想   深入学习党的二十大精神
// A near miss is one character dropped, doubled, swapped or replaced. 法制 and 法治 are both real
// words (法制审核, 法制机构): a difference between them alone is never reported.
import * as l10n from '@vscode/l10n';
import { splitsSurrogatePair } from '../text/chars';
import data from './data/formulations.json';
import type { Finding, Rule } from './ruleTypes';

const MIN_FUZZY_LENGTH = 6;
const FUZZY = data.formulations.filter((f) => f.length >= MIN_FUZZY_LENGTH);
const WRONG_FORMS = Object.entries(data.wrongForms);
const ALSO_CORRECT = data.alsoCorrect;

export const formulation: Rule = {
  code: 'formulation',
  defaultSeverity: 'warning',
  check(report) {
    const text = report.text;
    const findings: Finding[] = [];
    const taken: [number, number][] = [];
    const add = (start: number, end: number, expected: string, safe: boolean) => {
      if (taken.some(([s, e]) => start < e && s < end)) return;
      taken.push([start, end]);
      const written = text.slice(start, end);
      findings.push({
        start,
        end,
        message: l10n.t('提法“{0}”应为规范表述“{1}”。', written, expected),
        fix: { title: l10n.t('改为“{0}”', expected), edits: [{ start, end, newText: expected }], safe },
      });
    };
    for (const [wrong, right] of WRONG_FORMS) {
      for (let i = text.indexOf(wrong); i >= 0; i = text.indexOf(wrong, i + wrong.length)) add(i, i + wrong.length, right, true);
    }
    for (const [start, end, f] of nearMisses(text)) add(start, end, f, false);
    return findings.sort((a, b) => a.start - b.start);
  },
};

// Each fuzzy formulation is looked for from its first two characters and from its last two (so an
// error in either end is still found); one scan over the text finds every such anchor.
// Anchors are keyed by their two char codes, so the scan makes no string per candidate.
const pairKey = (text: string, i: number) => text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
const HEADS = new Map<number, string[]>();
const TAILS = new Map<number, string[]>();
for (const f of FUZZY) {
  const head = pairKey(f, 0);
  const tail = pairKey(f, f.length - 2);
  HEADS.set(head, [...(HEADS.get(head) ?? []), f]);
  TAILS.set(tail, [...(TAILS.get(tail) ?? []), f]);
}
// First characters of the anchors, by char code: most characters of a draft start none, and a table
// look-up passes them by faster than a regular expression tried at every offset.
const ANCHOR_START = new Uint8Array(0x10000);
for (const f of FUZZY) {
  ANCHOR_START[f.charCodeAt(0)] = 1;
  ANCHOR_START[f.charCodeAt(f.length - 2)] = 1;
}

const NONE: string[] = [];

/** Windows of `text` one edit away from a formulation, with the formulation they miss. */
function nearMisses(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  // Comparisons read the text in place: this runs at every occurrence of 习近, 精神 and the like.
  const consider = (start: number, end: number, f: string): boolean => {
    if (start < 0 || end > text.length || splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end) || !oneEditApart(text, start, end, f)) return false;
    const window = text.slice(start, end);
    if (/[\s。，；：！？、]/.test(window) || onlyFazhiDiffers(window, f)) return false;
    if (overlapsExact(text, f, start, end) || ALSO_CORRECT.some((w) => overlapsExact(text, w, start, end))) return false;
    out.push([start, end, f]);
    return true;
  };
  for (let i = 0; i + 1 < text.length; i++) {
    if (!ANCHOR_START[text.charCodeAt(i)]) continue;
    const anchor = pairKey(text, i);
    // Same length first: a swapped pair must not be read as a dropped character.
    // The formulation written exactly at the anchor: every window around it overlaps it, so none is a miss.
    for (const f of HEADS.get(anchor) ?? NONE) {
      if (!text.startsWith(f, i)) consider(i, i + f.length, f) || consider(i, i + f.length + 1, f) || consider(i, i + f.length - 1, f);
    }
    for (const f of TAILS.get(anchor) ?? NONE) {
      if (!text.startsWith(f, i + 2 - f.length)) consider(i + 2 - f.length, i + 2, f) || consider(i + 1 - f.length, i + 2, f) || consider(i + 3 - f.length, i + 2, f);
    }
  }
  return out;
}

/** An exact word (the formulation, or a correct neighbour of it) overlapping the window means the window is only a shifted view of it. */
function overlapsExact(text: string, f: string, start: number, end: number): boolean {
  for (let k = Math.max(0, start - f.length + 1); k < end; k++) if (text.startsWith(f, k)) return true;
  return false;
}

/** Damerau distance exactly 1 between text[start, end) and f: dropped, inserted, replaced or swapped. */
function oneEditApart(text: string, start: number, end: number, f: string): boolean {
  const n = end - start;
  const m = f.length;
  if (Math.abs(n - m) > 1) return false;
  let i = 0;
  while (i < n && i < m && text.charCodeAt(start + i) === f.charCodeAt(i)) i++;
  if (n === m) {
    if (i === n) return false;
    if (same(text, start + i + 1, f, i + 1, m - i - 1)) return true;
    return (
      i + 1 < m &&
      text.charCodeAt(start + i) === f.charCodeAt(i + 1) &&
      text.charCodeAt(start + i + 1) === f.charCodeAt(i) &&
      same(text, start + i + 2, f, i + 2, m - i - 2)
    );
  }
  return n > m ? same(text, start + i + 1, f, i, m - i) : same(text, start + i, f, i + 1, n - i);
}

function same(text: string, at: number, f: string, from: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== f.charCodeAt(from + k)) return false;
  return true;
}

function onlyFazhiDiffers(a: string, b: string): boolean {
  return a.length === b.length && a.replace(/法制/g, '法治') === b.replace(/法制/g, '法治');
}
