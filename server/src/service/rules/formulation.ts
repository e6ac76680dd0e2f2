// formulation: a near miss of a standard formulation (提法) from the list in data/formulations.json.
//   before: 习近平新时代中国特色社会主意思想   深入学习党的二十大会议精神
//   after:  习近平新时代中国特色社会主义思想   深入学习党的二十大精神
// A near miss is one character dropped, doubled, swapped or replaced. 法制 and 法治 are both real
// words (法制审核, 法制机构): a difference between them alone is never reported.
import * as l10n from '@vscode/l10n';
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
const HEADS = new Map<string, string[]>();
const TAILS = new Map<string, string[]>();
for (const f of FUZZY) {
  HEADS.set(f.slice(0, 2), [...(HEADS.get(f.slice(0, 2)) ?? []), f]);
  TAILS.set(f.slice(-2), [...(TAILS.get(f.slice(-2)) ?? []), f]);
}
const ANCHORS = new RegExp(`(?=(${[...new Set([...HEADS.keys(), ...TAILS.keys()])].join('|')}))`, 'g');

/** Windows of `text` one edit away from a formulation, with the formulation they miss. */
function nearMisses(text: string): [number, number, string][] {
  const out: [number, number, string][] = [];
  // Comparisons read the text in place: this runs at every occurrence of 习近, 精神 and the like.
  const consider = (start: number, end: number, f: string): boolean => {
    if (start < 0 || end > text.length || !oneEditApart(text, start, end, f)) return false;
    const window = text.slice(start, end);
    if (/[\s。，；：！？、]/.test(window) || onlyFazhiDiffers(window, f)) return false;
    if (overlapsExact(text, f, start, end) || ALSO_CORRECT.some((w) => overlapsExact(text, w, start, end))) return false;
    out.push([start, end, f]);
    return true;
  };
  for (const m of text.matchAll(ANCHORS)) {
    const i = m.index!;
    const anchor = m[1];
    // Same length first: a swapped pair must not be read as a dropped character.
    for (const f of HEADS.get(anchor) ?? []) [f.length, f.length + 1, f.length - 1].some((n) => consider(i, i + n, f));
    for (const f of TAILS.get(anchor) ?? []) [f.length, f.length + 1, f.length - 1].some((n) => consider(i + 2 - n, i + 2, f));
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
