import * as l10n from '@vscode/l10n';
import { type Dirent, promises as fs, type Stats } from 'node:fs';
import { extname, join } from 'node:path';

// Finding the report files in corpus folders: .txt, .md, Word (.docx, .doc, .wps, .rtf) and PDF, depth first in name order so the
// corpus order (and so the order of passages) is the same on every run.

export const CORPUS_EXTENSIONS = new Set(['.txt', '.md', '.docx', '.doc', '.wps', '.pdf', '.rtf']);
/** A department's archive rarely holds more than a few thousand reports; a folder of 100,000 is a mistake. */
export const MAX_CORPUS_FILES = 20000;

export interface CorpusFile {
  path: string;
  size: number;
  mtimeMs: number;
}

export interface CorpusListing {
  files: CorpusFile[];
  /** One line per folder or file left out, naming it and the reason. */
  problems: string[];
}

export async function listCorpusFiles(folders: string[], maxFiles = MAX_CORPUS_FILES): Promise<CorpusListing> {
  const files: CorpusFile[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let truncated = false;

  async function walk(folder: string): Promise<void> {
    // Symbolic links may loop back; a folder is visited once by its real path.
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
      // Hidden files and Word's ~$ lock files are never reports.
      if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
      const path = join(folder, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: Stats | undefined;
        try {
          target = await fs.stat(path);
        } catch (error) {
          // A link to nothing, or to itself (a.txt → b.txt → a.txt): said once, if it looks like a report.
          if (CORPUS_EXTENSIONS.has(extname(entry.name).toLowerCase())) problems.push(describeFsProblem(path, error));
        }
        isDirectory = target?.isDirectory() ?? false;
        isFile = target?.isFile() ?? false;
      }
      if (isDirectory) await walk(path);
      else if (isFile && CORPUS_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
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
  return { files, problems };
}

/** One line naming a corpus file or folder the file system refused, and why. */
export function describeFsProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return l10n.t('{0}：文件夹或文件不存在', path);
  if (code === 'EACCES' || code === 'EPERM') return l10n.t('{0}：没有读取权限', path);
  if (code === 'ELOOP') return l10n.t('{0}：符号链接循环', path);
  return l10n.t('{0}：无法读取（{1}）', path, (error as Error)?.message ?? String(error));
}
