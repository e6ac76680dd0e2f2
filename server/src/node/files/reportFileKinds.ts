import * as l10n from '@vscode/l10n';
import { extname } from 'node:path';
import type { DecodedText } from '../readText';
import { readReportFormat } from '../formats/readReport';

// What a report file is, for the CLI, the language server and the corpus alike: one entry per format.
// A folder walk takes the files whose extension some entry lists; `read` then gets the bytes, so an
// entry may tell its format by them (a .doc that is really a .docx, a .wps that is a Word file) and
// answer with a problem when they are not what the name says. Adding a format is one entry below: its
// extensions and a reader (kept in its own file under ../formats); the walker, the CLI's folder runs,
// the corpus and its folder watcher all follow the table. Every entry reads through the same
// byte sniffer, so a file is read as what it is whatever it is called.

/** The report's text, or one line (naming the file) saying why it cannot be read. */
export type ReportRead =
  | {
      text: string;
      /** How a plain-text file was encoded, so a fix is written back the same way; absent for formats that cannot be written back. */
      encoding?: Pick<DecodedText, 'encoding' | 'bom'>;
    }
  | { problem: string };

export interface ReportFileKind {
  /** A short name for messages and tests. */
  name: string;
  /** Lower case, with the dot. */
  extensions: readonly string[];
  /** Never throws: a file that is not what its name says is a problem message. */
  read(bytes: Buffer, path: string): Promise<ReportRead>;
}

/** Text by its byte-order mark, else strict UTF-8, else GB18030; binary content is refused, not guessed. */
export const PLAIN_TEXT: ReportFileKind = { name: 'text', extensions: ['.lawreport', '.txt', '.md'], read: readReportFormat };

/** Every format a report is read from. Adding a format is adding an entry here. */
export const REPORT_FILE_KINDS: readonly ReportFileKind[] = [
  PLAIN_TEXT,
  /** Word 2007+ (and WPS saving .docx): paragraphs with Word's list numbers drawn (formats/docx.ts). */
  { name: 'docx', extensions: ['.docx'], read: readReportFormat },
  /** Word 97–2003 and WPS's own .wps, the same binary format (formats/doc.ts). */
  { name: 'doc', extensions: ['.doc', '.wps'], read: readReportFormat },
  /** Word's rich text, which "save as .doc" sometimes writes (formats/rtf.ts). */
  { name: 'rtf', extensions: ['.rtf'], read: readReportFormat },
  /** Published reports (formats/pdf.ts): reading order, running headers and page numbers out, paragraphs joined. */
  { name: 'pdf', extensions: ['.pdf'], read: readReportFormat },
];

const byExtension = new Map(REPORT_FILE_KINDS.flatMap((kind) => kind.extensions.map((ext) => [ext, kind] as const)));

/** The kind a file name says it is, or undefined when no entry reads that extension. */
export function reportFileKindOf(path: string): ReportFileKind | undefined {
  return byExtension.get(extname(path).toLowerCase());
}

export function isReportFileName(path: string): boolean {
  return reportFileKindOf(path) !== undefined;
}

/** Why a file in a folder was passed over: its format is none of the table's. */
export function notAReportFormat(path: string): string {
  return l10n.t('{0}：不是可读的报告格式（可读：{1}），已跳过', path, [...byExtension.keys()].join(' '));
}

/**
 * A report file's bytes as text. A file named on purpose (not found by a folder walk) with an
 * extension no entry lists is read as plain text: a draft may be called "报告" or "报告.text".
 */
export function readReportBytes(bytes: Buffer, path: string): Promise<ReportRead> {
  return (reportFileKindOf(path) ?? PLAIN_TEXT).read(bytes, path);
}
