import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { newReportSnippet, OPEN_BESIDE_COMMAND } from '../../server/src/protocol';
import { fileNameOf } from './reportSnippetCompletion';
import type { LanguageClient } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './constants';
import { searchCorpus } from './searchCorpus';
import { exportDocx } from './exportDocx';
import { reviewFolder } from './reviewFolder';
import { fixAllInActiveEditor } from './fixAll';

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('lawReport.useForFile', useForActiveFile),
    vscode.commands.registerCommand('lawReport.newReport', newReport),
    vscode.commands.registerCommand('lawReport.searchCorpus', () => searchCorpus(client)),
    vscode.commands.registerCommand('lawReport.exportDocx', () => exportDocx(client)),
    vscode.commands.registerCommand('lawReport.reviewFolder', () => reviewFolder(client)),
    vscode.commands.registerCommand('lawReport.fixAll', fixAllInActiveEditor),
    vscode.commands.registerCommand(OPEN_BESIDE_COMMAND, openBeside),
  );
}

/** 法治报告：将当前文件作为年度报告 */
async function useForActiveFile(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(l10n.t('请先打开要作为年度报告处理的文件。'));
    return;
  }
  await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
}

/**
 * 法治报告：新建年度报告 — the report template with tab stops to fill in. It fills the active editor when
 * that is an empty file (the writer has just created and named it), else an untitled editor.
 */
async function newReport(): Promise<void> {
  let editor = vscode.window.activeTextEditor;
  if (editor && editor.document.getText().trim() === '') {
    if (editor.document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
  } else {
    const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
    editor = await vscode.window.showTextDocument(document);
  }
  const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
  await editor.insertSnippet(new vscode.SnippetString(newReportSnippet(new Date(), fileNameOf(editor.document))), whole);
}

/** A repeated-text CodeLens: the source report opens beside the draft, which keeps the focus column. */
async function openBeside(uri: string): Promise<void> {
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { viewColumn: vscode.ViewColumn.Beside, preview: true });
}
