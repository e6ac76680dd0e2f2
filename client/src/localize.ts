import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import english from '../../l10n/bundle.l10n.en.json';

// Chinese is the source language; VS Code's own l10n loads no bundle for English, so the English
// bundle is applied here through @vscode/l10n.
export function configureLocalization(): void {
  l10n.config({ contents: vscode.env.language.toLowerCase().startsWith('en') ? english : {} });
}
