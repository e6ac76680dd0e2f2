import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, type LanguageClient } from 'vscode-languageclient/node';
import { corpusFoldersUnderTrust } from './corpusTrust';

const FOLDERS_SETTING = 'lawReport.corpus.folders';

/**
 * In an untrusted workspace VS Code withholds the workspace's corpus folders (restrictedConfigurations);
 * this tells the writer so, once, and hands the folders to the server as soon as trust is granted.
 */
export function watchWorkspaceTrust(context: vscode.ExtensionContext, client: LanguageClient): void {
  let told = false;
  const tellIfIgnored = () => {
    if (told || vscode.workspace.isTrusted) return;
    const decision = corpusFoldersUnderTrust(vscode.workspace.getConfiguration().inspect(FOLDERS_SETTING), false);
    if (!decision.notice) return;
    told = true;
    void vscode.window.showInformationMessage(decision.notice);
  };
  tellIfIgnored();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(FOLDERS_SETTING)) tellIfIgnored();
    }),
    // The server reads lawReport.corpus again on this notification, and now gets the workspace's folders.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null })),
  );
}
