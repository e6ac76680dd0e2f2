import * as l10n from '@vscode/l10n';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createReportService, similarPairs, type FingerprintSource, type SimilarPair } from '../service';
import { loadCorpus } from '../node/corpus/corpusLoader';
import { SEEDS_FOLDER } from '../node/corpus/corpusFolders';
import { CommandError, displayPath, Exit, type ExitCode, forEachReportFile, parseCommand } from './command';

// law-report similar: which reports of a folder share text with each other or with the corpus
// (last year's report carried forward, a neighbouring department's copied), most similar first.

export interface SimilarJson {
  pairs: {
    a: string;
    b: string;
    /** The part of a's characters found in b, and of b's in a, from 0 to 1. */
    shareA: number;
    shareB: number;
    /** Lines are 1-based. */
    passages: { aLine: number; bLine: number; length: number; text: string }[];
  }[];
}

const DEFAULT_MIN_LENGTH = 40;
/** The shortest passage that counts as repeated, for the summary's and the review page's shares. */
export const REPEATED_MIN_LENGTH = DEFAULT_MIN_LENGTH;

export async function similar(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommand(args, {
    corpus: { type: 'string', multiple: true },
    'no-seeds': { type: 'boolean' },
    min: { type: 'string' },
    json: { type: 'boolean' },
  });
  const minLength = values.min === undefined ? DEFAULT_MIN_LENGTH : Number(values.min);
  if (!Number.isInteger(minLength) || minLength < 10) throw new CommandError(l10n.t('--min 应为不小于 10 的整数（共有段落的最少字数）'), true);
  for (const folder of values.corpus ?? []) {
    if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw new CommandError(l10n.t('{0}：语料文件夹不存在', folder));
  }

  const service = createReportService();
  const names: string[] = [];
  const reports: FingerprintSource[] = [];
  const own = new Set<string>();
  const { readFailed } = await forEachReportFile(positionals, ({ file, document }) => {
    names.push(file);
    reports.push({ text: document.getText(), organisation: service.report(document).title?.organisation ?? null });
    own.add(fileUri(file));
  });

  const corpus = await corpusSources([...(values['no-seeds'] ? [] : [SEEDS_FOLDER]), ...(values.corpus ?? [])], own);
  names.push(...corpus.names);
  reports.push(...corpus.reports);

  const pairs = similarPairs(reports, own.size, { minLength });
  if (values.json) process.stdout.write(JSON.stringify(toJson(pairs, names), null, 2) + '\n');
  else process.stdout.write(formatPairs(pairs, names));
  return readFailed ? Exit.usageOrRead : Exit.ok;
}

/**
 * The reports of corpus `folders` as sources to compare with, leaving out the files in `own` (by URI):
 * a report named on the command line and also in a corpus folder is compared once.
 */
export async function corpusSources(folders: string[], own: ReadonlySet<string>): Promise<{ names: string[]; reports: FingerprintSource[] }> {
  const names: string[] = [];
  const reports: FingerprintSource[] = [];
  if (folders.length === 0) return { names, reports };
  const { index } = await loadCorpus(folders, { log: (line) => process.stderr.write(line + '\n'), displayPath });
  index.documents.forEach((document, i) => {
    if (own.has(document.uri)) return;
    names.push(document.file);
    reports.push({ text: index.documentText(i), organisation: document.organisation });
  });
  return { names, reports };
}

/** For each of the first `targets` reports, the largest share of it found in one other report. */
export function largestShares(reports: readonly FingerprintSource[], targets: number): number[] {
  const largest = new Array<number>(targets).fill(0);
  for (const pair of similarPairs(reports, targets, { minLength: DEFAULT_MIN_LENGTH })) {
    largest[pair.a] = Math.max(largest[pair.a], pair.shareA);
    if (pair.b < targets) largest[pair.b] = Math.max(largest[pair.b], pair.shareB);
  }
  return largest;
}

/** The URI a file named on the command line has in a corpus index. */
export function fileUri(file: string): string {
  return pathToFileURL(resolve(file)).href;
}

function toJson(pairs: SimilarPair[], names: string[]): SimilarJson {
  return {
    pairs: pairs.map((p) => ({
      a: names[p.a],
      b: names[p.b],
      shareA: round(p.shareA),
      shareB: round(p.shareB),
      passages: p.passages.map((x) => ({ aLine: x.aLine + 1, bLine: x.bLine + 1, length: x.length, text: x.text })),
    })),
  };
}

function formatPairs(pairs: SimilarPair[], names: string[]): string {
  if (pairs.length === 0) return l10n.t('没有发现共有文字的报告。') + '\n';
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const blocks = pairs.map((p) => {
    const lines = [
      l10n.t('{0}（{1} 与另一份相同）', names[p.a], percent(p.shareA)),
      l10n.t('{0}（{1} 与另一份相同）', names[p.b], percent(p.shareB)),
    ];
    for (const x of p.passages) {
      const text = [...x.text].length > 60 ? `${[...x.text].slice(0, 60).join('')}…` : x.text;
      lines.push(`  ${x.aLine + 1} ↔ ${x.bLine + 1}  ${l10n.t('{0} 字', x.length)}  ${text}`);
    }
    return lines.join('\n');
  });
  return blocks.join('\n\n') + '\n';
}

function round(share: number): number {
  return Math.round(share * 1000) / 1000;
}
