import { applyEdits } from '../text/offsetEdits';
import { MAX_FINDINGS_PER_RULE } from './ruleTypes';
import type { Diagnosis } from './runRules';
import { safeFixes } from './safeFixes';

/** A fix may bring a new finding (or uncover one), so a few rounds. */
const MAX_FIX_ROUNDS = 3;
/** Enough for 100,000 findings of one rule a round at a time; a bound all the same. */
const MAX_CAPPED_ROUNDS = 100;

/**
 * `text` with every safe fix applied, round after round until none is left. A round in which a rule
 * listed only its first MAX_FINDINGS_PER_RULE findings does not count, so a draft with 5,000 half-width
 * commas is fixed whole. `diagnose` gives the findings of each text, `text` itself first.
 */
export function fixAll(text: string, diagnose: (text: string) => readonly Diagnosis[]): string {
  let diagnoses = diagnose(text);
  for (let round = 0, extra = 0; round < MAX_FIX_ROUNDS + extra && extra < MAX_CAPPED_ROUNDS; round++) {
    if (someRuleCapped(diagnoses)) extra++;
    const { edits } = safeFixes(diagnoses);
    if (edits.length === 0) break;
    text = applyEdits(text, edits);
    diagnoses = diagnose(text);
  }
  return text;
}

/** A rule said more than it listed (its MAX_FINDINGS_PER_RULE findings and the note). */
function someRuleCapped(diagnoses: readonly Diagnosis[]): boolean {
  const counts = new Map<string, number>();
  for (const d of diagnoses) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts.values()].some((n) => n > MAX_FINDINGS_PER_RULE);
}
