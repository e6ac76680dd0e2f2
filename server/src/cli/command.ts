import * as l10n from '@vscode/l10n';
import { isAbsolute, relative } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { namedReportFiles } from '../node/files/listReportFiles';
import { readReportFile } from '../node/files/readReportFile';
import { notAReportFormat, type ReportRead } from '../node/files/reportFileKinds';

// What every command shares: its exit codes, parsing its arguments (or saying how to call it), and
// going through the report files it was given with a one-line message for each it cannot read.

export const Exit = {
  ok: 0,
  /** The command ran and the answer is "no": an error-level finding (check), nothing found (lookup), the output exists (export). */
  no: 1,
  /** Bad arguments, or a file that could not be read. */
  usageOrRead: 2,
} as const;
export type ExitCode = (typeof Exit)[keyof typeof Exit];

/** Stops a command: main prints the message (and the usage, for a usage mistake) and exits 2. */
export class CommandError extends Error {
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
  }
}

/** The command's flags and positionals; an unknown or malformed flag stops the command with the usage. */
type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<T extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>>;

export function parseCommand<const T extends Options>(args: string[], options: T): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CommandError((error as Error).message, true);
  }
}

/** A path as the user is best shown it: relative to the working folder when it lies below it. */
export function displayPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith('..') || isAbsolute(near) ? path : near;
}

export interface OpenedReport {
  /** As the user named it, or joined to the folder they named. */
  file: string;
  read: Extract<ReportRead, { text: string }>;
  /** The text as the service reads it, with a stable URI. */
  document: TextDocument;
}

export function reportDocument(file: string, text: string): TextDocument {
  return TextDocument.create(`file:///${encodeURIComponent(file)}`, 'law-report', 1, text);
}

/**
 * Reads each named file, and each report file below each named folder (in name order), and hands it
 * to `visit`. A file that cannot be read, and a file in a folder that is no report format, get one
 * line on stderr each. Resolves to whether some file could not be read (exit code 2).
 */
export async function forEachReportFile(paths: string[], visit: (report: OpenedReport) => void | Promise<void>): Promise<{ readFailed: boolean }> {
  if (paths.length === 0) throw new CommandError(l10n.t('没有要处理的文件：请给出报告文件或文件夹'), true);
  let readFailed = false;
  const warn = (line: string) => process.stderr.write(line + '\n');
  const { files, otherFiles, problems } = await namedReportFiles(paths);
  otherFiles.forEach((other) => warn(notAReportFormat(other)));
  problems.forEach((problem) => warn(problem.line));
  if (problems.length > 0) readFailed = true;
  if (files.length === 0) throw new CommandError(l10n.t('没有要处理的文件：请给出报告文件或文件夹'));
  for (const file of files) {
    const read = await readReportFile(file);
    if ('problem' in read) {
      warn(read.problem);
      readFailed = true;
      continue;
    }
    await visit({ file, read, document: reportDocument(file, read.text) });
  }
  return { readFailed };
}
