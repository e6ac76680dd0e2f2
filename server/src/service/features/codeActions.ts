import * as l10n from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, type Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { Diagnosis } from '../rules/runRules';
import { safeFixes } from '../rules/safeFixes';
import type { FixData } from './diagnostics';

/**
 * Quick fixes for the diagnostics in the request, and one action that applies every safe fix of the
 * document. `findings` and `diagnostics` are the document's, one for one (see toDiagnostics).
 */
export function codeActions(document: TextDocument, inRange: Diagnostic[], findings: readonly Diagnosis[], diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of inRange) {
    const fix = fixOf(diagnostic);
    if (!fix) continue;
    const action = CodeAction.create(fix.title, { changes: { [document.uri]: fix.edits } }, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.safe;
    actions.push(action);
  }
  if (actions.length === 0) return actions;
  const safe = safeFixes(findings.map((finding, i) => ({ fix: finding.fix, diagnostic: diagnostics[i] })));
  if (safe.findings.length > 1) {
    const edits = safe.edits.map((e) => TextEdit.replace(Range.create(document.positionAt(e.start), document.positionAt(e.end)), e.newText));
    const fixAll = CodeAction.create(l10n.t('修正本文件中所有可自动修正的格式问题（{0} 处）', safe.findings.length), { changes: { [document.uri]: edits } }, CodeActionKind.SourceFixAll);
    fixAll.diagnostics = safe.findings.map((f) => f.diagnostic);
    actions.push(fixAll);
  }
  return actions;
}

function fixOf(diagnostic: Diagnostic): FixData | undefined {
  const data = diagnostic.data as FixData | undefined;
  return data && Array.isArray(data.edits) ? data : undefined;
}
