import * as l10n from '@vscode/l10n';
import { promises as fs } from 'node:fs';
import { extname } from 'node:path';
import { decodeText } from '../readText';
import { docxArchiveProblem } from './docxArchive';
import { type CorpusFile, describeFsProblem } from './listCorpusFiles';

/** A report is tens of kilobytes; anything past this is not one report and would crowd the index. */
const MAX_CORPUS_FILE_BYTES = 16 * 1024 * 1024;

export type CorpusRead = { text: string } | { skipped: string };

/** Reads one corpus file to text, or says in one line why it was left out. Never throws. */
export async function readCorpusFile(file: CorpusFile): Promise<CorpusRead> {
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
  let text: string;
  if (extname(path).toLowerCase() === '.docx') {
    try {
      const problem = await docxArchiveProblem(bytes, path);
      if (problem) return { skipped: problem };
      text = await docxText(bytes);
    } catch (error) {
      return { skipped: l10n.t('{0}：不是有效的 Word 文档（{1}），已跳过', path, firstLine(error)) };
    }
  } else {
    const decoded = decodeText(bytes);
    if (!decoded) return { skipped: l10n.t('{0}：不是文本文件（含二进制内容），已跳过', path) };
    text = decoded.text;
  }
  if (text.trim() === '') return { skipped: l10n.t('{0}：没有文字，已跳过', path) };
  return { text };
}

async function docxText(bytes: Buffer): Promise<string> {
  // Loaded on first use: most corpora are plain text, and mammoth brings a zip and an XML parser.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as typeof import('mammoth');
  const result = await mammoth.extractRawText({ buffer: bytes });
  // mammoth ends every paragraph with a blank line; one line break per paragraph reads like the .txt reports.
  return result.value.replace(/\n\n/g, '\n');
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0].slice(0, 120);
}
