import * as l10n from '@vscode/l10n';

// What to tell the writer when an untrusted workspace names corpus folders of its own. The manifest lists
// lawReport.corpus.folders under restrictedConfigurations, so VS Code itself keeps the workspace's
// value from the server until the workspace is trusted (a folder checked out from elsewhere cannot make
// the server read paths of its choosing); the writer would otherwise wonder where the corpus went.
// Pure (no `vscode`), so it is tested on its own.

/** The workspace's own values of lawReport.corpus.folders (its .code-workspace file, its folders' settings). */
export interface WorkspaceCorpusSetting {
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** The notice naming the ignored folders, or undefined when the workspace names none. */
export function untrustedCorpusNotice(setting: WorkspaceCorpusSetting): string | undefined {
  const ignored = [...new Set([...folderList(setting.workspaceValue), ...folderList(setting.workspaceFolderValue)])];
  if (ignored.length === 0) return undefined;
  return l10n.t('此工作区尚未受信任，工作区设置中的语料文件夹（{0}）暂不编入索引；信任此工作区后会自动启用。', ignored.join('、'));
}

function folderList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}
