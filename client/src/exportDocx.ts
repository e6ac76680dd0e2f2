import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_DOCX_REQUEST, exportConcerns, type ExportDocxParams, type ExportDocxReply } from '../../server/src/protocol';
import { LANGUAGE_ID } from './constants';
import { REPORT_FILE_SCHEME } from './wordReports';

/**
 * 法治报告：导出为 Word (.docx) — the server lays the draft out per GB/T 9704-2012; the writer picks
 * where the file goes (the save dialog asks before replacing one). The draft itself is not changed.
 */
export async function exportDocx(client: LanguageClient): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage(l10n.t('请先打开要导出的年度报告。'));
    return;
  }
  if (!(await exportDespiteProblems(document))) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(document),
    filters: { [l10n.t('Word 文档')]: ['docx'] },
    saveLabel: l10n.t('导出'),
  });
  if (!target) return;

  const reply = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: l10n.t('正在导出为 Word 文档…') },
    () => client.sendRequest<ExportDocxReply>(EXPORT_DOCX_REQUEST, { uri: document.uri.toString() } satisfies ExportDocxParams),
  );
  if (!reply.ok) {
    void vscode.window.showErrorMessage(reply.message);
    return;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(reply.base64, 'base64'));
  const reveal = l10n.t('打开所在文件夹');
  if ((await vscode.window.showInformationMessage(l10n.t('已导出：{0}', target.fsPath), reveal)) === reveal) {
    await vscode.commands.executeCommand('revealFileInOS', target);
  }
}

/**
 * A draft with errors or warnings (template leftovers counted apart) is exported only when the writer
 * says so; 查看问题 opens the Problems view instead.
 */
async function exportDespiteProblems(document: vscode.TextDocument): Promise<boolean> {
  const findings = vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === 'law-report')
    .map((d) => ({
      code: typeof d.code === 'object' ? d.code.value : d.code,
      severe: d.severity === vscode.DiagnosticSeverity.Error || d.severity === vscode.DiagnosticSeverity.Warning,
    }));
  const concerns = exportConcerns(findings);
  if (!concerns) return true;
  const show = l10n.t('查看问题');
  const anyway = l10n.t('仍要导出');
  const answer = await vscode.window.showWarningMessage(concerns.message, { modal: true }, show, anyway);
  if (answer === show) await vscode.commands.executeCommand('workbench.actions.view.problems');
  return answer === anyway;
}

/** Next to the draft with the same name; an unsaved draft goes to the first workspace folder. */
function defaultTarget(document: vscode.TextDocument): vscode.Uri | undefined {
  // A Word or PDF report opened read-only: beside the original, never the original itself.
  if (document.uri.scheme === REPORT_FILE_SCHEME) return document.uri.with({ scheme: 'file', query: '', path: document.uri.path.replace(/(\.[^./]*)?$/, l10n.t('（公文格式）') + '.docx') });
  if (!document.isUntitled) return document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, '.docx') });
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, `${document.uri.path.replace(/^.*\//, '')}.docx`) : undefined;
}
