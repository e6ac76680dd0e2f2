// The ESM build: the package's main entry is a UMD wrapper whose dynamic requires esbuild cannot follow.
import { parse } from 'jsonc-parser/lib/esm/main.js';
import * as vscode from 'vscode';
import { DidChangeConfigurationNotification, type LanguageClient } from 'vscode-languageclient/node';
import { untrustedCorpusNotice, type WorkspaceCorpusSetting } from './corpusTrust';

const FOLDERS_SETTING = 'lawReport.corpus.folders';

/**
 * In an untrusted workspace VS Code withholds the workspace's corpus folders (restrictedConfigurations);
 * this tells the writer so, once, and hands the folders to the server as soon as trust is granted.
 */
export function watchWorkspaceTrust(context: vscode.ExtensionContext, client: LanguageClient): void {
  let told = false;
  const tellIfIgnored = async () => {
    if (told || vscode.workspace.isTrusted) return;
    const notice = untrustedCorpusNotice(await workspaceCorpusSetting());
    if (!notice || told) return;
    told = true;
    void vscode.window.showInformationMessage(notice);
  };
  void tellIfIgnored();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(FOLDERS_SETTING)) void tellIfIgnored();
    }),
    // The server reads lawReport.corpus again on this notification, and now gets the workspace's folders.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null })),
  );
}

/**
 * While the workspace is untrusted, `inspect()` hides the workspace's value of a restricted setting as
 * well, so what the workspace asks for is read from its settings files (only to name it to the writer).
 */
async function workspaceCorpusSetting(): Promise<WorkspaceCorpusSetting> {
  const file = vscode.workspace.workspaceFile;
  const perFolder = await Promise.all(
    (vscode.workspace.workspaceFolders ?? []).map(async (f) => settingIn(await readJson(vscode.Uri.joinPath(f.uri, '.vscode', 'settings.json')), false)),
  );
  return {
    workspaceValue: file?.scheme === 'file' ? settingIn(await readJson(file), true) : undefined,
    workspaceFolderValue: perFolder.filter(Array.isArray).flat(),
  };
}

async function readJson(uri: vscode.Uri): Promise<unknown> {
  try {
    return parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)));
  } catch {
    return undefined; // no settings file, or one that cannot be read: nothing is asked for
  }
}

/** The setting in a folder's settings.json, or in a .code-workspace file's "settings". */
function settingIn(json: unknown, workspaceFile: boolean): unknown {
  const settings = workspaceFile ? (json as { settings?: unknown } | undefined)?.settings : json;
  return settings && typeof settings === 'object' ? (settings as Record<string, unknown>)[FOLDERS_SETTING] : undefined;
}
