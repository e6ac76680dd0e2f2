import * as l10n from '@vscode/l10n';
import { fileURLToPath } from 'node:url';
import type { ReadReportFileParams, ReadReportFileReply } from '../protocol';
import { readReportFile } from './files/readReportFile';

/** The text of a Word, PDF or text report on disk, for the client's read-only view, or the one line saying why not. */
export async function readReportFileForClient(params: ReadReportFileParams): Promise<ReadReportFileReply> {
  let path: string;
  try {
    path = fileURLToPath(String(params?.uri));
  } catch {
    return { ok: false, message: l10n.t('只能打开本机上的文件：{0}', String(params?.uri)) };
  }
  const read = await readReportFile(path);
  return 'problem' in read ? { ok: false, message: read.problem } : { ok: true, text: read.text };
}
