import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { startLanguageClient } from './languageClient';
import { configureLocalization } from './localize';
import { watchPlaintextDocuments } from './plaintextDetection';
import { registerWordReports } from './wordReports';
import { watchWorkspaceTrust } from './workspaceTrust';

let client: LanguageClient | undefined;

export function activate(context: vscode.ExtensionContext): void {
  configureLocalization();
  client = startLanguageClient(context);
  registerCommands(context, client);
  registerWordReports(context, client);
  watchPlaintextDocuments(context);
  watchWorkspaceTrust(context, client);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
