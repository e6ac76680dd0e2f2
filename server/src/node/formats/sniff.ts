// Which format a file really is, told by its first bytes, not its name: a browser's "save as" gives
// an HTML page named .pdf, Word's "save as .doc" can write RTF, and WPS writes .doc into .wps files.

export type SniffedFormat =
  | 'empty'
  /** Zip archive: .docx, .odt, or some other zip (told apart by its entries). */
  | 'zip'
  /** OLE compound file: .doc, .wps, or an encrypted Office file. */
  | 'ole'
  | 'pdf'
  | 'rtf'
  | 'html'
  /** Anything else: plain text, or binary that the text decoder refuses. */
  | 'other';

const startsWith = (bytes: Uint8Array, signature: number[], at = 0): boolean => signature.every((b, i) => bytes[at + i] === b);

export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  // A PDF may have a few bytes of junk before its header (the format allows 1,024).
  const head = latin1(bytes, 1024);
  if (head.includes('%PDF-')) return 'pdf';
  const start = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (start.startsWith('{\\rtf')) return 'rtf';
  if (/^(?:<!doctype html|<html|<head|<meta|<!--\s*saved from url)/i.test(start)) return 'html';
  return 'other';
}

function latin1(bytes: Uint8Array, n: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(n, bytes.length)).toString('latin1');
}

/** Entry names in an OLE file's directory hold UTF-16 names; an encrypted OOXML file has this one. */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}
