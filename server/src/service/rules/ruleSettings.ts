import { CORPUS_RULES } from './corpusRules';
import { RULES } from './registry';
import type { RuleSetting } from './ruleTypes';
import { isRuleSetting, type RuleSettings } from './runRules';

// One loader for rule settings, used by the server (VS Code's lawReport.rules) and the CLI
// (.law-report.json), so the editor and the command line never disagree.
export interface LoadedSettings {
  rules: RuleSettings;
  /** Keys or values that were ignored, for the user to see. */
  problems: string[];
}

export function loadRuleSettings(raw: unknown): LoadedSettings {
  const rules: RuleSettings = {};
  const problems: string[] = [];
  if (raw === undefined || raw === null) return { rules, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { rules, problems: ['rules'] };
  const known = new Set([...RULES, ...CORPUS_RULES].map((r) => r.code));
  for (const [code, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!known.has(code) || !isRuleSetting(value)) {
      problems.push(`${code}: ${JSON.stringify(value)}`);
      continue;
    }
    rules[code] = value as RuleSetting;
  }
  return { rules, problems };
}
