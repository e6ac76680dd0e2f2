import * as l10n from '@vscode/l10n';

// Which corpus folders apply, given where lawReport.corpus.folders is set and whether the workspace is
// trusted. The manifest lists the setting under restrictedConfigurations, so VS Code itself gives no
// workspace value to an untrusted workspace: a folder checked out from elsewhere cannot make the
// server read paths of its choosing. This says so to the writer, who would otherwise wonder where the
// corpus went. Pure (no `vscode`), so the decision is tested on its own.

/** What `workspace.getConfiguration().inspect('lawReport.corpus.folders')` reports. */
export interface FoldersInspection {
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

export interface CorpusTrustDecision {
  /** Folders the corpus is built from. */
  folders: string[];
  /** Folders the workspace names that are ignored while it is untrusted. */
  ignored: string[];
  /** What to tell the writer, once; undefined when there is nothing to say. */
  notice?: string;
}

export function corpusFoldersUnderTrust(inspection: FoldersInspection | undefined, trusted: boolean): CorpusTrustDecision {
  const user = folderList(inspection?.globalValue);
  const workspace = folderList(inspection?.workspaceValue);
  const workspaceFolder = folderList(inspection?.workspaceFolderValue);
  if (trusted) {
    // The most specific scope that sets the value wins, as in VS Code.
    const folders = workspaceFolder ?? workspace ?? user ?? [];
    return { folders, ignored: [] };
  }
  const ignored = [...new Set([...(workspace ?? []), ...(workspaceFolder ?? [])])];
  return {
    folders: user ?? [],
    ignored,
    notice:
      ignored.length > 0
        ? l10n.t('此工作区尚未受信任，工作区设置中的语料文件夹（{0}）暂不编入索引；信任此工作区后会自动启用。', ignored.join('、'))
        : undefined,
  };
}

function folderList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}
