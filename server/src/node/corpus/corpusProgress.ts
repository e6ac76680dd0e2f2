import * as l10n from '@vscode/l10n';
import type { Connection, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import type { CorpusEvents } from './corpusManager';

/**
 * Tells the editor how the corpus build goes: a progress notification while it runs (where the client
 * supports server-initiated progress) and one line per problem and per finished build in its output.
 */
export function watchCorpusProgress(connection: Connection): CorpusEvents {
  let reporter: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  // Batches of files arrive hundreds of times per build; the editor needs a message per percent at most.
  let shownPercent = -1;
  return {
    log: (line) => connection.console.info(line),
    started: () => {
      reporter ??= connection.window
        .createWorkDoneProgress()
        .then((r) => {
          r.begin(l10n.t('法治报告：正在建立语料索引'), 0, undefined, false);
          return r;
        })
        .catch(() => undefined);
    },
    progress: (read, total) => {
      const percent = total > 0 ? Math.floor((read / total) * 100) : 0;
      if (percent === shownPercent) return;
      shownPercent = percent;
      void reporter?.then((r) => r?.report(percent, l10n.t('已读 {0} / {1} 个文件', read, total)));
    },
    finished: (index, milliseconds) => {
      void reporter?.then((r) => r?.done());
      reporter = undefined;
      shownPercent = -1;
      connection.console.info(
        l10n.t('语料索引已建立：{0} 份报告，{1} 个字符，用时 {2} 毫秒', index.documents.length, index.textLength.toLocaleString('en-US'), Math.round(milliseconds)),
      );
    },
  };
}
