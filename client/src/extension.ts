import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { startLanguageClient } from './languageClient';
import { configureLocalization } from './localize';
import { watchPlaintextDocuments } from './plaintextDetection';
import { registerReportSnippet } from './reportSnippetCompletion';
import { registerWordReports } from './wordReports';
import { watchWorkspaceTrust } from './workspaceTrust';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  configureLocalization(context);
  client = startLanguageClient(context);
  registerCommands(context, client);
  registerWordReports(context, client);
  watchPlaintextDocuments(context);
  registerReportSnippet(context);
  watchWorkspaceTrust(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
