import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { basename, type LookupHit, LOOKUP_REQUEST, type LookupParams, type LookupReply } from '../../server/src/protocol';

/** Wait this long after the last keystroke before asking the server. */
const TYPING_PAUSE_MS = 150;
const MAX_HITS = 200;

interface HitItem extends vscode.QuickPickItem {
  hit: LookupHit;
  phrase: string;
}

/**
 * 法治报告：在语料中查找 — a quick pick whose results follow the typed phrase live; choosing one
 * opens the corpus file with the phrase selected.
 */
export async function searchCorpus(client: LanguageClient): Promise<void> {
  const pick = vscode.window.createQuickPick<HitItem>();
  pick.placeholder = l10n.t('输入要在语料中查找的词句（至少两个字）');
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty && editor.selection.isSingleLine ? editor.document.getText(editor.selection) : '';

  let timer: NodeJS.Timeout | undefined;
  let asked = 0;
  const ask = async (phrase: string) => {
    const ticket = ++asked;
    if ([...phrase.trim()].length < 2) {
      pick.items = [];
      pick.title = undefined;
      return;
    }
    pick.busy = true;
    try {
      const reply = await client.sendRequest<LookupReply>(LOOKUP_REQUEST, { phrase: phrase.trim(), maxHits: MAX_HITS } satisfies LookupParams);
      if (ticket !== asked) return; // a newer phrase was typed meanwhile
      if (!reply.ready) {
        pick.items = [];
        pick.title =
          reply.total === 0
            ? l10n.t('语料索引正在建立（正在查找语料文件），稍后再试。')
            : l10n.t('语料索引正在建立（已读 {0} / {1} 个文件），稍后再试。', reply.read, reply.total);
        return;
      }
      const result = reply.result;
      pick.title = result ? l10n.t('{0}：语料中 {1} 份报告，共 {2} 处', result.phrase, result.documents, result.occurrences) : undefined;
      pick.items = (result?.hits ?? []).map((hit) => ({
        // The passage goes in the detail: a label holding the typed phrase would make the quick pick
        // re-sort the rows by match quality, and the server's order (report by report) would be lost.
        label: hit.organisation ? (hit.year ? l10n.t('{0} · {1}年', hit.organisation, hit.year) : hit.organisation) : basename(hit.file),
        description: `${basename(hit.file)}:${hit.line + 1}`,
        detail: hit.context,
        // The server already matched the phrase; the quick pick must not filter its results again.
        alwaysShow: true,
        hit,
        phrase: result!.phrase,
      }));
    } catch (error) {
      if (ticket === asked) pick.title = String((error as Error)?.message ?? error);
    } finally {
      if (ticket === asked) pick.busy = false;
    }
  };

  pick.onDidChangeValue((value) => {
    clearTimeout(timer);
    timer = setTimeout(() => void ask(value), TYPING_PAUSE_MS);
  });
  pick.onDidAccept(async () => {
    const chosen = pick.selectedItems[0];
    if (!chosen) return;
    pick.hide();
    const start = new vscode.Position(chosen.hit.line, chosen.hit.character);
    const range = new vscode.Range(start, start.translate(0, chosen.phrase.length));
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(chosen.hit.uri));
    await vscode.window.showTextDocument(document, { selection: range, preview: true });
  });
  pick.onDidHide(() => {
    clearTimeout(timer);
    pick.dispose();
  });
  pick.value = selected;
  pick.show();
  if (selected) void ask(selected);
}
