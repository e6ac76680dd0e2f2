import * as l10n from '@vscode/l10n';
import { docxArchiveProblem } from './docxArchive';

/** A Word (.docx) report's text, one line per paragraph, or why it cannot be read. Never throws. */
export async function readDocx(bytes: Buffer, path: string): Promise<{ text: string } | { problem: string }> {
  try {
    // The archive is checked before mammoth inflates it (see docxArchive.ts).
    const problem = await docxArchiveProblem(bytes, path);
    if (problem) return { problem };
    // Loaded on first use: most reports are plain text, and mammoth brings a zip and an XML parser.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mammoth = require('mammoth') as typeof import('mammoth');
    const result = await mammoth.extractRawText({ buffer: bytes });
    // mammoth ends every paragraph with a blank line; one line break per paragraph reads like the .txt reports.
    return { text: result.value.replace(/\n\n/g, '\n') };
  } catch (error) {
    return { problem: l10n.t('{0}：不是有效的 Word 文档（{1}）', path, firstLine(error)) };
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0].slice(0, 120);
}
