// Formulations that depend on what stands around them: a name that needs a word before it
// (新时代中国特色社会主义思想 needs 习近平) and fixed series (series.ts).
import * as l10n from '@vscode/l10n';
import type { Finding } from '../ruleTypes';
import { NEEDS_BEFORE } from './lexicon';
import { seriesFindings } from './series';

export function contextFindings(text: string): Finding[] {
  return [...missingBefore(text), ...seriesFindings(text)];
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
