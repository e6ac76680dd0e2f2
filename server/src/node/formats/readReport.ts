import * as l10n from '@vscode/l10n';
import { extname } from 'node:path';
import { type DecodedText, decodeText } from '../readText';
import { passwordProtected, readDoc } from './doc';
import { readDocx } from './docx';
import type { FormatRead } from './formatRead';
import { readPdf } from './pdf';
import { readRtf } from './rtf';
import { isEncryptedOoxml, sniffFormat } from './sniff';

// One reader from a file's bytes to the report text, for the CLI, the server and the corpus: the
// format is told by the bytes, and the extension only names what the user expected.

export type ReportFormat = 'text' | 'docx' | 'doc' | 'pdf' | 'rtf';

export type ReportRead =
  | { text: string; format: ReportFormat; /** For plain text: how it was encoded, so a fix can write it back alike. */ decoded?: DecodedText }
  | { problem: string };

/** Extensions whose files are never plain text: a text decoder must not be tried on them. */
const BINARY_EXTENSIONS = new Set(['.docx', '.doc', '.wps', '.pdf', '.odt', '.rtf']);

export async function readReportBytes(bytes: Buffer, fileName: string): Promise<ReportRead> {
  const extension = extname(fileName).toLowerCase();
  const read = await readSniffed(bytes, extension);
  // A "text" file whose bytes look like another format and fail as that format is binary to its owner.
  if ('problem' in read && !BINARY_EXTENSIONS.has(extension) && sniffFormat(bytes) !== 'empty') return { problem: l10n.t('不是文本文件（含二进制内容）') };
  return read;
}

async function readSniffed(bytes: Buffer, extension: string): Promise<ReportRead> {
  const withFormat = (format: ReportFormat) => (read: FormatRead): ReportRead => ('text' in read ? { text: read.text, format } : read);
  switch (sniffFormat(bytes)) {
    case 'empty':
      return { problem: l10n.t('空文件') };
    case 'zip':
      return withFormat('docx')(await readDocx(bytes));
    case 'ole':
      // Word and WPS keep a password-protected .docx in an OLE wrapper around the encrypted package.
      if (isEncryptedOoxml(bytes)) return { problem: passwordProtected() };
      return withFormat('doc')(await readDoc(bytes));
    case 'pdf':
      return withFormat('pdf')(await readPdf(bytes));
    case 'rtf':
      return withFormat('rtf')(readRtf(bytes));
    case 'html':
      return { problem: l10n.t('是网页（HTML），不是 PDF 或 Word 文件：请下载原文件，或在浏览器中“打印为 PDF”') };
    case 'other': {
      const decoded = BINARY_EXTENSIONS.has(extension) && extension !== '.rtf' ? undefined : decodeText(bytes);
      if (decoded) return { text: decoded.text, format: 'text', decoded };
      if (extension === '.pdf') return { problem: l10n.t('不是有效的 PDF 文件（{0}）', l10n.t('文件头不符，可能已损坏')) };
      if (BINARY_EXTENSIONS.has(extension)) return { problem: l10n.t('不是有效的 Word 文档（{0}）', l10n.t('文件头不符，可能已损坏')) };
      return { problem: l10n.t('不是文本文件（含二进制内容）') };
    }
  }
}
