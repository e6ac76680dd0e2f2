import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as l10n from '@vscode/l10n';
import * as iconv from 'iconv-lite';

// Reading a draft from disk: Chinese government files are often GBK (GB18030), sometimes UTF-16 from
// Word's "Unicode text"; UTF-8 with or without BOM is the norm. A binary file is refused, not guessed.

export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file began with a byte-order mark (kept when the file is written back). */
  bom: boolean;
}

export class UnreadableFileError extends Error {}

export function readTextFile(path: string): DecodedText {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UnreadableFileError(l10n.t('{0}：是文件夹，不是文件', path));
    size = stat.size;
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError(describeFsError(path, error));
  }
  if (size > MAX_FILE_BYTES) throw new UnreadableFileError(l10n.t('{0}：文件过大（{1} MB），上限为 64 MB', path, Math.round(size / 1048576)));
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UnreadableFileError(describeFsError(path, error));
  }
  const decoded = decodeText(bytes);
  if (!decoded) throw new UnreadableFileError(l10n.t('{0}：不是文本文件（含二进制内容）', path));
  return decoded;
}

/** Decodes by BOM, then strict UTF-8, then GB18030; undefined for binary content. */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', bom: true };
  if (looksBinary(bytes)) return undefined;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'gb18030', bom: false };
  }
}

/** NUL bytes or many control characters in the first 8 KB: no text file of ours has them. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n / 10;
}

function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return l10n.t('{0}：文件不存在', path);
  if (code === 'EACCES' || code === 'EPERM') return l10n.t('{0}：没有读取权限', path);
  if (code === 'EISDIR') return l10n.t('{0}：是文件夹，不是文件', path);
  return l10n.t('{0}：无法读取（{1}）', path, (error as Error)?.message ?? String(error));
}

/**
 * Writes text back in the encoding it was read in, atomically: a temporary file beside the target,
 * then a rename, so an interrupted write never leaves half a report.
 */
export function writeTextFileAtomic(path: string, text: string, like: Pick<DecodedText, 'encoding' | 'bom'>): void {
  const bytes = iconv.encode(text, like.encoding, { addBOM: like.bom });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.law-report.tmp`);
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}
