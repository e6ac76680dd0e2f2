import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import type { Diagnosis } from '../rules/runRules';
import type { Severity } from '../rules/ruleTypes';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a quick fix needs travels with the diagnostic (its edits as LSP range edits), so the code action computes nothing again. */
export interface FixData {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

/**
 * The rules' findings as LSP diagnostics, one for one and in the same order. `ruleDocs`: where the rules'
 * documentation lives (docs/rules.md); each diagnostic links its section.
 */
export function toDiagnostics(document: TextDocument, findings: readonly Diagnosis[], ruleDocs?: string): Diagnostic[] {
  return findings.map((d) => toDiagnostic(document, d, ruleDocs));
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
