import * as vscode from 'vscode';
import { looksLikeReport } from '../../server/src/protocol';
import { LANGUAGE_ID } from './constants';

// A plaintext file whose opening lines read as a 法治政府建设 report is switched to our language, so
// it gets the outline, colouring and snippets; every other plaintext file is left alone. Only the
// language mode changes: the file's content is never touched.
export function watchPlaintextDocuments(context: vscode.ExtensionContext): void {
  const consider = (document: vscode.TextDocument) => {
    if (document.languageId !== 'plaintext') return;
    if (!vscode.workspace.getConfiguration('lawReport', document).get<boolean>('detectPlaintext', true)) return;
    if (looksLikeReport(document.getText(new vscode.Range(0, 0, 40, 0)))) {
      void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }
  };
  vscode.workspace.textDocuments.forEach(consider);
  context.subscriptions.push(vscode.workspace.onDidOpenTextDocument(consider));
}
