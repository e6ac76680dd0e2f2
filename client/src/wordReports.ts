import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { READ_REPORT_FILE_REQUEST, type ReadReportFileParams, type ReadReportFileReply } from '../../server/src/protocol';
import { LANGUAGE_ID } from './constants';

// Word and PDF reports in the editor: 法治报告：作为年度报告打开 shows a .docx, .doc, .wps, .rtf or .pdf
// as a read-only document in the report language under a scheme of its own (its path is the
// original file's, so Problems and the tab name that file); 另存为可编辑的文本草稿 writes its text
// to a .txt beside it. The server extracts the text; the client only shows it.

export const REPORT_FILE_SCHEME = 'law-report-file';
const REPORT_FILE_EXTENSIONS = ['docx', 'doc', 'wps', 'pdf', 'rtf'];

export function registerWordReports(context: vscode.ExtensionContext, client: LanguageClient): void {
  const texts = new Map<string, string>();
  const provider: vscode.TextDocumentContentProvider = {
    async provideTextDocumentContent(uri) {
      const known = texts.get(uri.toString());
      if (known !== undefined) return known;
      const reply = await readFile(client, uri.with({ scheme: 'file', query: '' }));
      if (!reply.ok) void vscode.window.showErrorMessage(reply.message);
      return reply.ok ? reply.text : '';
    },
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(REPORT_FILE_SCHEME, provider),
    vscode.workspace.onDidCloseTextDocument((document) => texts.delete(document.uri.toString())),
    // A view restored with the window (VS Code asks the provider again) is a report too.
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.uri.scheme === REPORT_FILE_SCHEME && document.languageId !== LANGUAGE_ID) void vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand('lawReport.openAsReport', async (target?: vscode.Uri) => {
      const file = target ?? (await pickReportFile());
      if (!file) return;
      const reply = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: l10n.t('正在读取…') }, () => readFile(client, file));
      if (!reply.ok) {
        void vscode.window.showErrorMessage(reply.message);
        return;
      }
      const uri = file.with({ scheme: REPORT_FILE_SCHEME });
      texts.set(uri.toString(), reply.text);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID), { preview: false });
    }),
    vscode.commands.registerCommand('lawReport.saveAsTextDraft', async (target?: vscode.Uri) => {
      const active = vscode.window.activeTextEditor?.document;
      const source = target ?? (active?.uri.scheme === REPORT_FILE_SCHEME ? active.uri : await pickReportFile());
      if (!source) return;
      const file = source.with({ scheme: 'file', query: '' });
      const open = vscode.workspace.textDocuments.find((d) => d.uri.scheme === REPORT_FILE_SCHEME && d.uri.toString() === source.toString());
      const reply: ReadReportFileReply = open ? { ok: true, text: open.getText() } : await readFile(client, file);
      if (!reply.ok) {
        void vscode.window.showErrorMessage(reply.message);
        return;
      }
      const text = reply.text;
      const draft = file.with({ path: file.path.replace(/\.[^./]*$/, '') + '.txt' });
      if (await exists(draft)) {
        const replace = l10n.t('替换');
        const answer = await vscode.window.showWarningMessage(l10n.t('{0} 已存在，要替换它吗？', draft.fsPath), { modal: true }, replace);
        if (answer !== replace) return;
      }
      await vscode.workspace.fs.writeFile(draft, Buffer.from(text, 'utf8'));
      const document = await vscode.workspace.openTextDocument(draft);
      await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID), { preview: false });
    }),
  );
}

function readFile(client: LanguageClient, file: vscode.Uri): Promise<ReadReportFileReply> {
  return client.sendRequest<ReadReportFileReply>(READ_REPORT_FILE_REQUEST, { uri: file.toString() } satisfies ReadReportFileParams);
}

async function pickReportFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { [l10n.t('Word 或 PDF 报告')]: REPORT_FILE_EXTENSIONS },
    openLabel: l10n.t('打开'),
  });
  return picked?.[0];
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
