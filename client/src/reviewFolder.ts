import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { REVIEW_REQUEST, type ReviewOpenMessage, type ReviewParams, type ReviewReply } from '../../server/src/protocol';

// 法治报告：审阅文件夹 — the reviewer's page for a folder of received reports, in a webview. The server
// builds the page (the same one `law-report review` writes); it carries its own strict Content Security
// Policy with a nonce for its one script. A click on a finding opens the report at its line, and the
// page is made again when a file in the folder changes.

const REFRESH_DELAY_MS = 500;
/** Formats the editor shows as text; others (Word, PDF) open with whatever VS Code has for them. */
const TEXT_EXTENSIONS = /\.(?:txt|md|lawreport)$/i;

export async function reviewFolder(client: LanguageClient): Promise<vscode.WebviewPanel | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectFiles: false,
    canSelectFolders: true,
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    openLabel: l10n.t('审阅'),
    title: l10n.t('选择收到的报告所在的文件夹'),
  });
  const folder = picked?.[0];
  if (!folder) return undefined;
  if (folder.scheme !== 'file') {
    void vscode.window.showErrorMessage(l10n.t('只能审阅本机上的文件夹：{0}', folder.toString()));
    return undefined;
  }
  return showReview(client, folder);
}

export function showReview(client: LanguageClient, folder: vscode.Uri): vscode.WebviewPanel {
  const name = folder.path.replace(/\/+$/, '').replace(/^.*\//, '');
  const panel = vscode.window.createWebviewPanel('lawReport.review', l10n.t('审阅：{0}', name), vscode.ViewColumn.Active, {
    enableScripts: true,
    // The page loads nothing: no local file is made readable to it.
    localResourceRoots: [],
  });
  let generation = 0;
  const render = async () => {
    const mine = ++generation;
    const reply = await client.sendRequest<ReviewReply>(REVIEW_REQUEST, { folder: folder.toString(), cspSource: panel.webview.cspSource } satisfies ReviewParams).catch(
      (error: Error): ReviewReply => ({ ok: false, message: error.message }),
    );
    // A later refresh may have answered first; the newest page wins.
    if (mine !== generation) return;
    panel.webview.html = reply.ok ? reply.html : problemPage(reply.message);
  };
  panel.webview.html = problemPage(l10n.t('正在审阅 {0} 中的报告…', folder.fsPath));
  void render();

  panel.webview.onDidReceiveMessage((message: Partial<ReviewOpenMessage>) => {
    if (message?.type !== 'open' || typeof message.uri !== 'string') return;
    void openAt(vscode.Uri.parse(message.uri), Number(message.line) || 1);
  });

  let timer: NodeJS.Timeout | undefined;
  const later = (uri: vscode.Uri) => {
    const base = uri.path.replace(/^.*\//, '');
    // Hidden files and Word's ~$ lock files are never reports (the folder walk skips them too).
    if (base.startsWith('.') || base.startsWith('~$')) return;
    clearTimeout(timer);
    timer = setTimeout(() => void render(), REFRESH_DELAY_MS);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '**/*'));
  watcher.onDidChange(later);
  watcher.onDidCreate(later);
  watcher.onDidDelete(later);
  panel.onDidDispose(() => {
    clearTimeout(timer);
    watcher.dispose();
  });
  return panel;
}

async function openAt(uri: vscode.Uri, line: number): Promise<void> {
  if (!TEXT_EXTENSIONS.test(uri.path)) {
    await vscode.commands.executeCommand('vscode.open', uri, vscode.ViewColumn.Beside);
    return;
  }
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, selection: new vscode.Range(position, position) });
}

/** A message in place of the page, under the same no-loading policy. */
function problemPage(message: string): string {
  const text = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head><body><p>${text}</p></body></html>`;
}
