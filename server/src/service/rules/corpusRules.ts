import type { Severity } from './ruleTypes';

/**
 * Rules that read the corpus as well as the draft: the front end runs them when it has a corpus, not
 * runRules, but they are set like every other rule (lawReport.rules.<code>, .law-report.json).
 */
export const CORPUS_RULES: readonly { code: string; defaultSeverity: Severity }[] = [{ code: 'repeated-text', defaultSeverity: 'information' }];
