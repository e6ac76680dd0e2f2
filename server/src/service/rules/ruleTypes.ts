import type { Report } from '../report/model';
import type { OffsetEdit } from '../text/offsetEdits';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type RuleSetting = Severity | 'off';

export interface Fix {
  title: string;
  edits: OffsetEdit[];
  /** Safe to apply without looking (see safeFixes). */
  safe: boolean;
}

/** What a rule reports: a span of the document, a message, and a fix when one is clear. */
export interface Finding {
  start: number;
  end: number;
  message: string;
  /** Overrides the rule's default severity for this finding (e.g. part 5 missing: information). */
  severity?: Severity;
  fix?: Fix;
}

/**
 * Findings shown per rule and document. A pasted megabyte of （ would otherwise give a million
 * diagnostics, which no editor can show and no writer can read; a rule may stop once it has more.
 */
export const MAX_FINDINGS_PER_RULE = 1000;

export interface Rule {
  /** Stable code, also the settings key: lawReport.rules.<code>. */
  code: string;
  defaultSeverity: Severity;
  check(report: Report): Finding[];
}
