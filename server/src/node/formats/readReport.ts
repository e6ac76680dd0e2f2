import * as l10n from '@vscode/l10n';
import { extname } from 'node:path';
import type { ReportRead } from '../files/reportFileKinds';
import { decodeText } from '../readText';
import { passwordProtected, readDoc } from './doc';
import { readDocx } from './docx';
import { readPdf } from './pdf';
import { readRtf } from './rtf';
import { isEncryptedOoxml, sniffFormat } from './sniff';

// Every report file kind reads through here: the format is told by the first bytes (a .pdf that is
// an HTML page, a .doc that is RTF or a .docx, a .wps in Word's binary format), and the extension
// only says what the user expected, for the message when the bytes are nothing readable.

/** Extensions whose files are never plain text: a text decoder must not be tried on them. */
const BINARY_EXTENSIONS = new Set(['.docx', '.doc', '.wps', '.pdf', '.rtf']);

export async function readReportFormat(bytes: Buffer, path: string): Promise<ReportRead> {
  const extension = extname(path).toLowerCase();
  let read = await readSniffed(bytes, extension);
  // A "text" file whose bytes look like another format and fail as that format is binary to its owner.
  if ('problem' in read && !BINARY_EXTENSIONS.has(extension)) read = { problem: l10n.t('不是文本文件（含二进制内容）') };
  return 'problem' in read ? { problem: l10n.t('{0}：{1}', path, read.problem) } : read;
}

async function readSniffed(bytes: Buffer, extension: string): Promise<ReportRead> {
  switch (sniffFormat(bytes)) {
    case 'empty':
      // An empty text file is an empty draft; an empty Word or PDF file is a failed copy.
      return BINARY_EXTENSIONS.has(extension) ? { problem: l10n.t('空文件') } : plainText(bytes);
    case 'zip':
      return readDocx(bytes);
    case 'ole':
      // Word and WPS keep a password-protected .docx in an OLE wrapper around the encrypted package.
      return isEncryptedOoxml(bytes) ? { problem: passwordProtected() } : readDoc(bytes);
    case 'pdf':
      return readPdf(bytes);
    case 'rtf':
      return readRtf(bytes);
    case 'html':
      // A web page saved as .txt is text to check (the artifact rule knows its leftovers); as .pdf or .doc it is a wrong download.
      if (!BINARY_EXTENSIONS.has(extension)) return plainText(bytes);
      return { problem: l10n.t('是网页（HTML），不是 PDF 或 Word 文件：请下载原文件，或在浏览器中“打印为 PDF”') };
    case 'other':
      if (!BINARY_EXTENSIONS.has(extension)) return plainText(bytes);
      // Some systems save plain text under a .doc name; a .docx or a PDF is never plain text.
      if ((extension === '.doc' || extension === '.wps') && decodeText(bytes)) return plainText(bytes);
      return { problem: l10n.t(extension === '.pdf' ? '不是有效的 PDF 文件（{0}）' : '不是有效的 Word 文档（{0}）', l10n.t('文件头不符，可能已损坏')) };
  }
}

function plainText(bytes: Buffer): ReportRead {
  const decoded = decodeText(bytes);
  if (!decoded) return { problem: l10n.t('不是文本文件（含二进制内容）') };
  return { text: decoded.text, encoding: { encoding: decoded.encoding, bom: decoded.bom } };
}
