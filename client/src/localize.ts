import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import english from '../../l10n/bundle.l10n.en.json';
import { chosenLocale, isEnglish } from '../../server/src/protocol';

/** The language the extension speaks: lawReport.language (Chinese by default; `auto` follows VS Code). */
export function extensionLocale(): string {
  return chosenLocale(vscode.workspace.getConfiguration('lawReport').get('language'), vscode.env.language);
}

// Chinese is the source language; the English bundle is applied through @vscode/l10n when asked for.
// The server reads the same setting itself (it is told of the change through the synchronized section).
export function configureLocalization(context: vscode.ExtensionContext): void {
  const apply = () => l10n.config({ contents: isEnglish(extensionLocale()) ? english : {} });
  apply();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('lawReport.language')) apply();
    }),
  );
}
