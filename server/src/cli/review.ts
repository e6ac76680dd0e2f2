import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { SEEDS_FOLDER } from '../node/corpus/corpusFolders';
import { messageLanguage } from '../node/locale';
import { writeTextFileAtomic } from '../node/readText';
import { CommandError, Exit, type ExitCode, parseCommand } from './command';
import { collectReview } from './review/collectReview';
import { renderReviewPage } from './review/renderReviewPage';
import { reviewJson } from './review/reviewModel';

// law-report review: a folder of received reports as one page a reviewer opens offline, sorts, prints
// and forwards (or, with --json, the same rows as data).

export async function review(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommand(args, {
    output: { type: 'string', short: 'o' },
    corpus: { type: 'string', multiple: true },
    'no-seeds': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  if (positionals.length === 0) throw new CommandError(l10n.t('没有要处理的文件：请给出报告文件或文件夹'), true);
  for (const folder of values.corpus ?? []) {
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new CommandError(l10n.t('{0}：语料文件夹不存在', folder));
  }
  const output = values.output ?? 'review.html';
  const data = await collectReview(positionals, {
    exclude: values.json ? [] : [output],
    corpusFolders: [...(values['no-seeds'] ? [] : [SEEDS_FOLDER]), ...(values.corpus ?? [])],
    log: (line) => process.stderr.write(line + '\n'),
  });
  if (values.json) {
    process.stdout.write(JSON.stringify(reviewJson(data), null, 2) + '\n');
    return Exit.ok;
  }
  const html = renderReviewPage(data, {
    nonce: randomBytes(16).toString('base64'),
    generatedAt: localTime(new Date()),
    lang: messageLanguage(),
  });
  try {
    writeTextFileAtomic(output, html, { encoding: 'utf-8', bom: false });
  } catch (error) {
    throw new CommandError(l10n.t('{0}：无法写入（{1}）', output, (error as Error).message));
  }
  process.stdout.write(l10n.t('已写入 {0}：{1} 份报告，{2} 个文件未检查', output, data.reports.length, data.notChecked.length) + '\n');
  return Exit.ok;
}

function localTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
