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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Candidates come from one regular-expression scan per series; a draft that names no item of a series is passed over at once.
const SERIES_RE = SERIES.map(({ items }) => ({ items, any: new RegExp(items.map(escape).join('|'), 'g') }));

function seriesOutOfOrder(text: string): Finding[] {
  const findings: Finding[] = [];
  for (const { items, any } of SERIES_RE) {
    let resume = 0;
    for (const m of text.matchAll(any)) {
      const i = m.index!;
      if (i < resume) continue;
      // The items as written, with what separates them.
      const found: string[] = [];
      const seps: string[] = [];
      let at = i;
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
      if (found.every((s, k) => s === items[k])) continue;
      const right = items.map((s, k) => s + (seps[k] ?? '')).join('');
      findings.push({
        start: i,
        end: at,
        message: l10n.t('固定提法的顺序应为“{0}”。', items.join('、')),
        fix: { title: l10n.t('改为“{0}”', right), edits: [{ start: i, end: at, newText: right }], safe: false },
      });
    }
  }
  return findings;
}
