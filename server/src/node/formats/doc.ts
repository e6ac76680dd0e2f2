import * as l10n from '@vscode/l10n';
import { numberedExtractor } from './docListNumbers';
import type { FormatRead } from './formatRead';

// Word 97–2003 (.doc) and WPS (.wps, the same binary format) through word-extractor: the main text
// with tracked deletions removed and field instructions dropped, without headers, footers, notes
// and comments (it keeps those apart). Cells end with a tab and rows with a line break. Word's
// automatic list numbers are drawn from the document's list tables (docListNumbers.ts).

/** The FIB's fEncrypted flag: the text stream is encrypted and would read as noise. */
const FIB_ENCRYPTED = 0x0100;

export async function readDoc(bytes: Buffer): Promise<FormatRead> {
  const fib = await wordDocumentHeader(bytes);
  if (fib === 'missing') return { problem: l10n.t('不是 Word 文档（Office 复合文件中没有 WordDocument 部分，可能是 Excel 或 PowerPoint 文件）') };
  if (fib instanceof Error) return { problem: l10n.t('不是有效的 Word 文档（{0}）', firstLine(fib)) };
  if (fib.readUInt16LE(0) !== 0xa5ec) return { problem: l10n.t('不是 Word 97–2003 文档（格式过旧或已损坏）') };
  if ((fib.readUInt16LE(0x0a) & FIB_ENCRYPTED) !== 0) return { problem: passwordProtected() };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const BufferReader = require('word-extractor/lib/buffer-reader') as new (buffer: Buffer) => unknown;
    // filterUnicode off: word-extractor would otherwise turn “”‘’ into ASCII quotes and — into -, which
    // changes a Chinese report's punctuation (2021—2025年 would read as a hyphen the checker reports).
    const body = (await numberedExtractor().extract(new BufferReader(bytes))).getBody({ filterUnicode: false });
    // A row's last cell ends with a tab like every other cell; the row is the line.
    return { text: body.replace(/\t+(?=\n|$)/g, '').replace(/\n$/, '') };
  } catch (error) {
    return { problem: l10n.t('不是有效的 Word 文档（{0}）', firstLine(error)) };
  }
}

export function passwordProtected(): string {
  return l10n.t('文档设有打开密码（已加密），无法读取：请在 Word 或 WPS 中取消密码后另存，再检查');
}

/** The first bytes of the WordDocument stream (the FIB), read with word-extractor's own OLE reader. */
async function wordDocumentHeader(bytes: Buffer): Promise<Buffer | 'missing' | Error> {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const OleCompoundDoc = require('word-extractor/lib/ole-compound-doc') as new (reader: unknown) => OleDocument;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const BufferReader = require('word-extractor/lib/buffer-reader') as new (buffer: Buffer) => unknown;
    const document = new OleCompoundDoc(new BufferReader(bytes));
    await document.read();
    if (!document._rootStorage?._dirEntry?.streams?.WordDocument) return 'missing';
    const chunks: Buffer[] = [];
    let length = 0;
    for await (const chunk of document.stream('WordDocument')) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= 0x20) break;
    }
    const header = Buffer.concat(chunks);
    return header.length >= 0x20 ? header : new Error('WordDocument stream too short');
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

interface OleDocument {
  read(): Promise<void>;
  stream(name: string): AsyncIterable<unknown>;
  _rootStorage?: { _dirEntry?: { streams?: Record<string, unknown> } };
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0].slice(0, 120);
}
