import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import type { Report } from '../report/model';
import { type Diagnosis, type RuleSettings, runRules } from '../rules/runRules';
import type { Severity } from '../rules/ruleTypes';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a quick fix needs travels with the diagnostic, so the code action computes nothing again. */
export interface FixData {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

/** `ruleDocs`: where the rules' documentation lives (docs/rules.md); each diagnostic links its section. */
export function diagnostics(document: TextDocument, report: Report, settings: RuleSettings, ruleDocs?: string): Diagnostic[] {
  // A file just created (or a few words typed into it) is not yet a draft: listing every part and the
  // title as missing at once says nothing the writer does not know.
  if (!hasBegun(report)) return [];
  return runRules(report, settings).map((d) => toDiagnostic(document, d, ruleDocs));
}

/** A draft has begun once it has a title or a numbered heading. */
function hasBegun(report: Report): boolean {
  return report.title !== null || report.allSections.some((s) => s.kind === 'heading');
}

function toDiagnostic(document: TextDocument, d: Diagnosis, ruleDocs: string | undefined): Diagnostic {
  const range = Range.create(document.positionAt(d.start), document.positionAt(d.end));
  // Most fixes replace exactly the flagged text: their range is the diagnostic's, not computed again.
  const rangeOf = (start: number, end: number) =>
    start === d.start && end === d.end ? range : Range.create(document.positionAt(start), document.positionAt(end));
  const diagnostic = Diagnostic.create(
    range,
    d.message,
    SEVERITY[d.severity],
    d.code,
    'law-report',
  );
  if (ruleDocs) diagnostic.codeDescription = { href: `${ruleDocs}#${d.code}` };
  if (d.fix) {
    const data: FixData = {
      title: d.fix.title,
      safe: d.fix.safe,
      edits: d.fix.edits.map((e) => TextEdit.replace(rangeOf(e.start, e.end), e.newText)),
    };
    diagnostic.data = data;
  }
  return diagnostic;
}
