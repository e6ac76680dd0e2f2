import * as l10n from '@vscode/l10n';
import type { Report } from '../report/model';
import { RULES } from './registry';
import { type Fix, MAX_FINDINGS_PER_RULE, type Rule, type RuleSetting, type Severity } from './ruleTypes';

export type RuleSettings = Partial<Record<string, RuleSetting>>;

export interface Diagnosis {
  code: string;
  severity: Severity;
  start: number;
  end: number;
  message: string;
  fix?: Fix;
}

const ORDER: Severity[] = ['hint', 'information', 'warning', 'error'];

/**
 * Runs every rule that is not switched off. Rules are isolated: one that throws becomes a single hint
 * naming it, and the others' findings stand.
 */
export function runRules(report: Report, settings: RuleSettings = {}, rules: readonly Rule[] = RULES): Diagnosis[] {
  const out: Diagnosis[] = [];
  for (const rule of rules) {
    const setting = settings[rule.code];
    if (setting === 'off') continue;
    try {
      const findings = rule.check(report);
      for (const finding of findings.length > MAX_FINDINGS_PER_RULE ? findings.slice(0, MAX_FINDINGS_PER_RULE) : findings) {
        out.push({
          code: rule.code,
          severity: resolveSeverity(rule.defaultSeverity, finding.severity, setting),
          start: finding.start,
          end: finding.end,
          message: finding.message,
          fix: finding.fix,
        });
      }
      if (findings.length > MAX_FINDINGS_PER_RULE) {
        const next = findings[MAX_FINDINGS_PER_RULE];
        out.push({
          code: rule.code,
          severity: 'hint',
          start: next.start,
          end: next.end,
          message: l10n.t('此类问题超过 {0} 处，只列出前 {0} 处；改正后会显示其余的。', MAX_FINDINGS_PER_RULE),
        });
      }
    } catch (error) {
      out.push({
        code: rule.code,
        severity: 'hint',
        start: 0,
        end: 0,
        message: l10n.t('检查规则“{0}”运行出错，已跳过：{1}', rule.code, (error as Error)?.message ?? String(error)),
      });
    }
  }
  return out;
}

/**
 * A user's setting governs every finding of the rule. While the rule is at its default (not set, or set
 * to the default), a finding's own lower severity (trailing whitespace: a hint) stands.
 */
function resolveSeverity(defaultSeverity: Severity, own: Severity | undefined, setting: RuleSetting | undefined): Severity {
  if (setting !== undefined && setting !== 'off' && setting !== defaultSeverity) return setting;
  return own && ORDER.indexOf(own) < ORDER.indexOf(defaultSeverity) ? own : defaultSeverity;
}

export function isRuleSetting(value: unknown): value is RuleSetting {
  return typeof value === 'string' && ['error', 'warning', 'information', 'hint', 'off'].includes(value);
}
