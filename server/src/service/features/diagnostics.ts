import { type CodeDescription, Diagnostic, DiagnosticSeverity, type Position, Range, TextEdit } from 'vscode-languageserver-types';
import type { Line } from '../report/model';
import { lineIndexAt } from '../report/lines';
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
 * The rules' findings as LSP diagnostics, one for one and in the same order. `lines`: the report's lines
 * of the document's text, so positions come from the parse's line starts rather than from the document,
 * which would scan the whole text for its own on first use (a millisecond and more per megabyte).
 * `ruleDocs`: where the rules' documentation lives (docs/rules.md); each diagnostic links its section.
 */
export function toDiagnostics(lines: readonly Line[], findings: readonly Diagnosis[], ruleDocs?: string): Diagnostic[] {
  const positionAt = positionsIn(lines);
  // One link per rule, shared by its diagnostics (thousands on a large draft).
  const links = new Map<string, CodeDescription>();
  const linkOf = (code: string) => {
    let link = links.get(code);
    if (!link) links.set(code, (link = { href: `${ruleDocs}#${code}` }));
    return link;
  };
  return findings.map((d) => {
    const range = Range.create(positionAt(d.start), positionAt(d.end));
    // Most fixes replace exactly the flagged text: their range is the diagnostic's, not computed again.
    const rangeOf = (start: number, end: number) => (start === d.start && end === d.end ? range : Range.create(positionAt(start), positionAt(end)));
    const diagnostic = Diagnostic.create(range, d.message, SEVERITY[d.severity], d.code, 'law-report');
    if (ruleDocs) diagnostic.codeDescription = linkOf(d.code);
    if (d.fix) {
      const data: FixData = {
        title: d.fix.title,
        safe: d.fix.safe,
        edits: d.fix.edits.map((e) => TextEdit.replace(rangeOf(e.start, e.end), e.newText)),
      };
      diagnostic.data = data;
    }
    return diagnostic;
  });
}

/**
 * Positions as TextDocument.positionAt gives them (its line breaks are the parse's: \n, \r\n, \r): the
 * offset clamped to the text, and an offset inside a line break put at the end of its line.
 */
function positionsIn(lines: readonly Line[]): (offset: number) => Position {
  const length = lines.length ? lines[lines.length - 1].end : 0;
  return (offset) => {
    const at = Math.max(0, Math.min(offset, length));
    const low = lineIndexAt(lines, at);
    const line = lines[low];
    return { line: low, character: line ? Math.min(at, line.end) - line.start : at };
  };
}
