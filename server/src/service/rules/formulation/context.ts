// Formulations that depend on what stands around them: a name that needs a word before it
// (新时代中国特色社会主义思想 needs 习近平) and fixed series written in another order.
import * as l10n from '@vscode/l10n';
import type { Finding } from '../ruleTypes';
import { NEEDS_BEFORE, SERIES } from './lexicon';

export function contextFindings(text: string): Finding[] {
  return [...missingBefore(text), ...seriesOutOfOrder(text)];
}

function missingBefore(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const rule of NEEDS_BEFORE) {
    for (let i = text.indexOf(rule.text); i >= 0; i = text.indexOf(rule.text, i + rule.text.length)) {
      const before = text.slice(Math.max(0, i - rule.before.length - 4), i).replace(/\s+/g, '');
      if (before.endsWith(rule.before) || insideQuote(text, i)) continue;
      findings.push({
        start: i,
        end: i + rule.text.length,
        message: l10n.t('“{0}”前应有“{1}”：{2}。', rule.text, rule.before, l10n.t(rule.why)),
        fix: { title: l10n.t('改为“{0}”', rule.before + rule.text), edits: [{ start: i, end: i, newText: rule.before }], safe: true },
      });
    }
  }
  return findings;
}

/** Inside “…” opened in the same paragraph: a quotation of a speech keeps its own wording. */
function insideQuote(text: string, at: number): boolean {
  const from = Math.max(0, text.lastIndexOf('\n', at) + 1);
  const open = text.lastIndexOf('“', at);
  return open >= from && text.lastIndexOf('”', at) < open;
}

const SEPARATOR = /^[”"]?\s*(?:、|，|,|和|以及|与|及)\s*[“"]?/;

const ITEMS = [...new Set(SERIES.flatMap((s) => s.items))];
/** The items by their last character's code, in ITEMS order: at most 、 of a draft no item ends right before it. */
const BY_LAST = new Map<number, string[]>();
for (const item of ITEMS) {
  const last = item.charCodeAt(item.length - 1);
  BY_LAST.set(last, [...(BY_LAST.get(last) ?? []), item]);
}
const CLOSE_QUOTE = '”'.charCodeAt(0);

// A series of three or more items is written as a list with 、: each 、 is a candidate, and the item
// right before it (quoted or not) is where the list may begin.
function seriesOutOfOrder(text: string): Finding[] {
  const findings: Finding[] = [];
  let resume = 0;
  for (let p = text.indexOf('、'); p >= 0; p = text.indexOf('、', p + 1)) {
    if (p < resume) continue;
    const end = text.charCodeAt(p - 1) === CLOSE_QUOTE ? p - 1 : p;
    const ending = BY_LAST.get(text.charCodeAt(end - 1));
    if (!ending) continue;
    const first = ending.find((s) => text.startsWith(s, end - s.length));
    if (!first) continue;
    const start = end - first.length;
    for (const { items } of SERIES) {
      if (!items.includes(first)) continue;
      // The items as written, with what separates them.
      const found: string[] = [];
      const seps: string[] = [];
      let at = start;
      for (;;) {
        const item = items.find((s) => text.startsWith(s, at) && !found.includes(s));
        if (!item) break;
        found.push(item);
        at += item.length;
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
