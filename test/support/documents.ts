import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { OutlineSymbol } from '../../server/src/service';

export const ROOT = join(__dirname, '..', '..');
export const SEEDS_DIR = join(ROOT, 'seeds');

export function seedNames(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

export function readSeed(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

export function doc(text: string, uri = 'file:///draft.txt', version = 1): TextDocument {
  return TextDocument.create(uri, 'law-report', version, text);
}

/** One line per symbol, indented by depth: "7 ·（一）履行第一责任人职责情况 h2 p3". */
export function renderOutline(symbols: OutlineSymbol[], depth = 0): string[] {
  const out: string[] = [];
  for (const s of symbols) {
    const level = s.kind === 'item' ? 'item' : `h${s.level}`;
    const part = s.part ? ` p${s.part}` : '';
    out.push(`${s.line} ${'·'.repeat(depth)}${s.marker}${s.title} ${level}${part}`);
    out.push(...renderOutline(s.children, depth + 1));
  }
  return out;
}
