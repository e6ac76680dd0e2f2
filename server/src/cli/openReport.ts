import { TextDocument } from 'vscode-languageserver-textdocument';
import { type DecodedText, readTextFile } from '../node/readText';

/** A report file as the service reads it: decoded, and wrapped in a document with a stable URI. */
export function openReport(file: string): { document: TextDocument; decoded: DecodedText } {
  const decoded = readTextFile(file);
  return { document: TextDocument.create(`file:///${encodeURIComponent(file)}`, 'law-report', 1, decoded.text), decoded };
}
