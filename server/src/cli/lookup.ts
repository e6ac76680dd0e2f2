import * as l10n from '@vscode/l10n';
import { statSync } from 'node:fs';
import { lookup as lookupPhrase, type LookupResult } from '../service';
import { loadCorpus } from '../node/corpus/corpusLoader';
import { SEEDS_FOLDER } from '../node/corpus/corpusFolders';
import { CommandError, displayPath, Exit, type ExitCode, parseCommand } from './command';

// law-report lookup: how the corpus (the bundled seeds and any --corpus folders) puts a phrase.

export interface LookupJson {
  phrase: string;
  documents: number;
  occurrences: number;
  /** Line and column are 1-based; columns count UTF-16 code units, as editors' LSP positions do. */
  hits: { file: string; line: number; column: number; context: string }[];
}

export async function lookup(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommand(args, { corpus: { type: 'string', multiple: true }, json: { type: 'boolean' }, 'no-seeds': { type: 'boolean' } });
  const phrase = positionals.join(' ').trim();
  if ([...phrase].length < 2 || /[\r\n]/.test(phrase)) throw new CommandError(l10n.t('请给出要查找的词句（至少两个字，不跨行）'), true);
  const folders = [...(values['no-seeds'] ? [] : [SEEDS_FOLDER]), ...(values.corpus ?? [])];
  for (const folder of values.corpus ?? []) {
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
      throw new CommandError(l10n.t('{0}：语料文件夹不存在', folder));
    }
  }
  const { index } = await loadCorpus(folders, {
    log: (line) => process.stderr.write(line + '\n'),
    displayPath,
    // A look-up never asks what a draft repeats: the fingerprints would be a third of the build for nothing.
    fingerprints: false,
  });
  const result = lookupPhrase(index, phrase);
  if (values.json) process.stdout.write(JSON.stringify(toJson(result), null, 2) + '\n');
  else process.stdout.write(formatLookup(result));
  return result.occurrences > 0 ? Exit.ok : Exit.no;
}

function toJson(result: LookupResult): LookupJson {
  return {
    phrase: result.phrase,
    documents: result.documents,
    occurrences: result.occurrences,
    hits: result.hits.map((h) => ({ file: h.file, line: h.line + 1, column: h.character + 1, context: h.context })),
  };
}

function formatLookup(result: LookupResult): string {
  const lines = [l10n.t('{0}：语料中 {1} 份报告，共 {2} 处', result.phrase, result.documents, result.occurrences)];
  for (const hit of result.hits) lines.push(`${hit.file}:${hit.line + 1}:${hit.character + 1}  ${hit.context}`);
  return lines.join('\n') + '\n';
}
