import { renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import * as iconv from 'iconv-lite';

// A draft's bytes as text, and back: Chinese government files are often GBK (GB18030), sometimes UTF-16 from
// Word's "Unicode text"; UTF-8 with or without BOM is the norm. A binary file is refused, not guessed.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file began with a byte-order mark (kept when the file is written back). */
  bom: boolean;
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
