import * as l10n from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeAction, CodeActionKind, type CodeActionKind as Kind, type Diagnostic, Range, TextEdit } from 'vscode-languageserver-types';
import type { Diagnosis } from '../rules/runRules';
import { safeFixes } from '../rules/safeFixes';
import type { FixData } from './diagnostics';

/**
 * Quick fixes for the diagnostics in the request; beside them, one quick fix that applies every safe fix
 * of the document (the light bulb shows only quick fixes, so this is how writers find it); and the same
 * edits as a source.fixAll action, for "Source Action…", `editor.codeActionsOnSave` and the palette
 * command. `findings` and `diagnostics` are the document's, one for one (see toDiagnostics). `only` is
 * the request's filter: a light-bulb request skips the source action, an on-save one the quick fixes.
 */
export function codeActions(
  document: TextDocument,
  inRange: Diagnostic[],
  findings: readonly Diagnosis[],
  diagnostics: readonly Diagnostic[],
  only?: readonly Kind[],
): CodeAction[] {
  const wants = (kind: Kind) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of inRange) {
      const fix = fixOf(diagnostic);
      if (!fix) continue;
      const action = CodeAction.create(fix.title, { changes: { [document.uri]: fix.edits } }, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.isPreferred = fix.safe;
      actions.push(action);
    }
  }
  const besideAFix = actions.length > 0;
  // Asked for by kind ("Source Action…", on save), the source action comes whatever the cursor is on.
  if (!besideAFix && !only) return actions;
  const safe = safeFixes(findings.map((finding, i) => ({ fix: finding.fix, diagnostic: diagnostics[i] })));
  if (safe.findings.length === 0) return actions;
  const wantsSource = only ? wants(CodeActionKind.SourceFixAll) : safe.findings.length > 1;
  const edits = safe.edits.map((e) => TextEdit.replace(Range.create(document.positionAt(e.start), document.positionAt(e.end)), e.newText));
  const fixAll = (kind: Kind) => {
    const action = CodeAction.create(l10n.t('修正本文件中全部可自动修正的问题（{0} 处）', safe.findings.length), { changes: { [document.uri]: edits } }, kind);
    action.diagnostics = safe.findings.map((f) => f.diagnostic);
    return action;
  };
  // With one safe fix in the file, the finding's own fix already is "all of them".
  if (besideAFix && safe.findings.length > 1) actions.push(fixAll(CodeActionKind.QuickFix));
  if (wantsSource) actions.push(fixAll(CodeActionKind.SourceFixAll));
  return actions;
}

function fixOf(diagnostic: Diagnostic): FixData | undefined {
  const data = diagnostic.data as FixData | undefined;
  return data && Array.isArray(data.edits) ? data : undefined;
}
