import * as l10n from '@vscode/l10n';
import { type Dirent, promises as fs, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeFsProblem } from './describeFsProblem';
import { isReportFileName } from './reportFileKinds';

// Finding the report files in folders: depth first in name order, so the output (and a corpus' order
// of passages) is the same on every run; each folder once by its real path, so link loops end.

/** A department's archive rarely holds more than a few thousand reports; a folder of 100,000 is a mistake. */
export const MAX_REPORT_FILES = 20000;

export interface ReportFileEntry {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface ReportFileListing {
  /** Files of a format in REPORT_FILE_KINDS. */
  files: ReportFileEntry[];
  /** Files of no report format (a .pdf, a photo): named so a caller can say it passed them over. */
  otherFiles: string[];
  /** One line per folder or file that could not be listed, or left out past the cap, naming it and the reason. */
  problems: string[];
}

export async function listReportFiles(folders: string[], maxFiles = MAX_REPORT_FILES): Promise<ReportFileListing> {
  const files: ReportFileEntry[] = [];
  const otherFiles: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let truncated = false;

  async function walk(folder: string): Promise<void> {
    let real: string;
    try {
      real = await fs.realpath(folder);
    } catch (error) {
      problems.push(describeFsProblem(folder, error));
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push(describeFsProblem(folder, error));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (truncated) return;
      // Hidden files, Word's ~$ lock files and installed packages are never reports.
      if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: Stats | undefined;
        try {
          target = await fs.stat(path);
        } catch (error) {
          // A link to nothing, or to itself (a.txt → b.txt → a.txt): said once, if it looks like a report.
          if (isReportFileName(entry.name)) problems.push(describeFsProblem(path, error));
        }
        isDirectory = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDirectory) await walk(path);
      else if (isFile && !isReportFileName(entry.name)) otherFiles.push(path);
      else if (isFile) {
        if (files.length >= maxFiles) {
          truncated = true;
          problems.push(l10n.t('{0}：语料文件超过 {1} 个，从 {2} 起（按名称顺序）的文件未编入索引', folder, maxFiles, path));
          return;
        }
        try {
          const stat = await fs.stat(path);
          files.push({ path, size: stat.size, mtimeMs: stat.mtimeMs });
        } catch (error) {
          problems.push(describeFsProblem(path, error));
        }
      }
    }
  }

  for (const folder of folders) {
    try {
      const stat = await fs.stat(folder);
      if (!stat.isDirectory()) {
        problems.push(l10n.t('{0}：不是文件夹', folder));
        continue;
      }
    } catch (error) {
      problems.push(describeFsProblem(folder, error));
      continue;
    }
    await walk(folder);
  }
  return { files, otherFiles, problems };
}

/** The files a command was given, with what its folders held besides reports and what could not be listed. */
export interface NamedReportFiles {
  files: string[];
  otherFiles: string[];
  /** A folder that could not be listed (or was cut short), with the line that says so. */
  problems: { folder: string; line: string }[];
}

/**
 * What the paths a user named stand for: a file as it is (read whatever its extension: reading it says
 * why when it cannot be), a folder as the report files below it, in name order.
 */
export async function namedReportFiles(paths: string[]): Promise<NamedReportFiles> {
  const named: NamedReportFiles = { files: [], otherFiles: [], problems: [] };
  for (const path of paths) {
    if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) {
      named.files.push(path);
      continue;
    }
    const listing = await listReportFiles([path]);
    named.otherFiles.push(...listing.otherFiles);
    named.problems.push(...listing.problems.map((line) => ({ folder: path, line })));
    named.files.push(...listing.files.map((f) => f.path));
  }
  return named;
}
