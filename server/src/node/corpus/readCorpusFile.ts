import * as l10n from '@vscode/l10n';
import { promises as fs } from 'node:fs';
import { describeFsProblem } from '../files/describeFsProblem';
import type { ReportFileEntry } from '../files/listReportFiles';
import { readReportBytes } from '../files/reportFileKinds';

/** A report is tens of kilobytes; anything past this is not one report and would crowd the index. */
const MAX_CORPUS_FILE_BYTES = 16 * 1024 * 1024;

export type CorpusRead = { text: string } | { skipped: string };

/** Reads one corpus file to text, or says in one line why it was left out. Never throws. */
export async function readCorpusFile(file: ReportFileEntry): Promise<CorpusRead> {
  const { path } = file;
  if (file.size > MAX_CORPUS_FILE_BYTES) {
    return { skipped: l10n.t('{0}：文件过大（{1} MB），语料文件上限为 {2} MB，已跳过', path, Math.round(file.size / 1048576), MAX_CORPUS_FILE_BYTES / 1048576) };
  }
  if (file.size === 0) return { skipped: l10n.t('{0}：空文件，已跳过', path) };
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (error) {
    return { skipped: l10n.t('{0}，已跳过', describeFsProblem(path, error)) };
  }
  const read = await readReportBytes(bytes, path);
  if ('problem' in read) return { skipped: l10n.t('{0}，已跳过', read.problem) };
  if (read.text.trim() === '') return { skipped: l10n.t('{0}：没有文字，已跳过', path) };
  return { text: read.text };
}
