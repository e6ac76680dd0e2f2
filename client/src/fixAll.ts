import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from './constants';

/**
 * 法治报告：修正全部格式问题 — applies the server's source.fixAll action (every safe fix of the draft),
 * the same edits the light bulb's fix-all quick fix and `editor.codeActionsOnSave` apply.
 */
export async function fixAllInActiveEditor(): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(l10n.t('请先打开要修正的年度报告。'));
    return;
  }
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, whole, vscode.CodeActionKind.SourceFixAll.value)) ?? [];
  const fixAll = actions.find((a) => a.kind && vscode.CodeActionKind.SourceFixAll.contains(a.kind) && a.edit);
  if (!fixAll?.edit) {
    void vscode.window.showInformationMessage(l10n.t('本文件没有可自动修正的问题。'));
    return;
  }
  if (!(await vscode.workspace.applyEdit(fixAll.edit))) {
    void vscode.window.showErrorMessage(l10n.t('未能修正：文件在修正前已改动，请重试。'));
    return;
  }
  void vscode.window.setStatusBarMessage(fixAll.title, 5000);
}
