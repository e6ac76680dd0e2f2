import * as l10n from '@vscode/l10n';
import { promises as fs } from 'node:fs';
import { describeFsProblem } from './describeFsProblem';
import { type ReportRead, readReportBytes } from './reportFileKinds';

/** A draft is tens of kilobytes; past this it is not one report. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** A file the user named, read to text by its kind, or one line saying why not. Never throws. */
export async function readReportFile(path: string): Promise<ReportRead> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) return { problem: l10n.t('{0}：是文件夹，不是文件', path) };
    if (stat.size > MAX_FILE_BYTES) return { problem: l10n.t('{0}：文件过大（{1} MB），上限为 64 MB', path, Math.round(stat.size / 1048576)) };
    bytes = await fs.readFile(path);
  } catch (error) {
    return { problem: describeFsProblem(path, error, 'file') };
  }
  return readReportBytes(bytes, path);
}
