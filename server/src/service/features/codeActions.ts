import * as l10n from '@vscode/l10n';
import { CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { FixData } from './diagnostics';

/** Quick fixes for the diagnostics in the request, and one action that applies every safe fix. */
export function codeActions(uri: string, inRange: Diagnostic[], all: Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of inRange) {
    const fix = fixOf(diagnostic);
    if (!fix) continue;
    const action = CodeAction.create(fix.title, { changes: { [uri]: fix.edits } }, CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.safe;
    actions.push(action);
  }
  const safe = all.filter((d) => fixOf(d)?.safe);
  if (safe.length > 1 && actions.length > 0) {
    const edits: TextEdit[] = nonOverlapping(safe.flatMap((d) => fixOf(d)!.edits));
    const fixAll = CodeAction.create(l10n.t('修正本文件中所有可自动修正的格式问题（{0} 处）', safe.length), { changes: { [uri]: edits } }, CodeActionKind.SourceFixAll);
    fixAll.diagnostics = safe;
    actions.push(fixAll);
  }
  return actions;
}

function fixOf(diagnostic: Diagnostic): FixData | undefined {
  const data = diagnostic.data as FixData | undefined;
  return data && Array.isArray(data.edits) ? data : undefined;
}

/** Edits of one workspace edit must not overlap; the first of two overlapping edits wins. */
export function nonOverlapping(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  const out: TextEdit[] = [];
  for (const edit of sorted) {
    const last = out[out.length - 1];
    if (last && (edit.range.start.line < last.range.end.line || (edit.range.start.line === last.range.end.line && edit.range.start.character < last.range.end.character))) continue;
    out.push(edit);
  }
  return out;
}
