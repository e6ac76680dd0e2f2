import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const REPORT_EXTENSIONS = /\.(?:txt|md)$/i;

/**
 * Files named on the command line, with every .txt and .md below a named folder (sorted, so the
 * output is the same on every machine). Names that do not exist are kept: reading them reports why.
 */
export function collectFiles(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (isDirectory(arg)) walk(arg, files);
    else files.push(arg);
  }
  return files;
}

function walk(dir: string, into: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const path = join(dir, name);
    if (isDirectory(path)) walk(path, into);
    else if (REPORT_EXTENSIONS.test(name)) into.push(path);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
