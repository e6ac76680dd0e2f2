import * as l10n from '@vscode/l10n';
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readReportBytes } from './formats/readReport';
import { MAX_FILE_BYTES } from './readText';
import type { ReadReportFileParams, ReadReportFileReply } from './readReportFileRequest';

/** The text of a Word, PDF or text report on disk, for the client's read-only view, or the one line saying why not. */
export async function readReportFileForClient(params: ReadReportFileParams): Promise<ReadReportFileReply> {
  let path: string;
  try {
    path = fileURLToPath(String(params?.uri));
  } catch {
    return { ok: false, message: l10n.t('只能打开本机上的文件：{0}', String(params?.uri)) };
  }
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.size > MAX_FILE_BYTES) return { ok: false, message: l10n.t('{0}：文件过大（{1} MB），上限为 64 MB', path, Math.round(stat.size / 1048576)) };
    bytes = await fs.readFile(path);
  } catch (error) {
    return { ok: false, message: l10n.t('{0}：无法读取（{1}）', path, (error as Error)?.message ?? String(error)) };
  }
  const read = await readReportBytes(bytes, path);
  return 'problem' in read ? { ok: false, message: l10n.t('{0}：{1}', path, read.problem) } : { ok: true, text: read.text };
}
