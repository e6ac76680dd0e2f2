import * as l10n from '@vscode/l10n';
import { partLabel, type OutlineFile, type OutlineSymbol } from '../service';

/** The readable tree: file, title and year, then one line per heading with its line number. */
export function formatOutline(outline: OutlineFile): string {
  const out: string[] = [outline.file];
  const title = outline.title ?? l10n.t('（未识别到标题）');
  const year = outline.year === null ? l10n.t('未识别') : String(outline.year);
  out.push(l10n.t('  标题：{0}　年度：{1}', title, year));
  if (outline.symbols.length === 0) out.push(l10n.t('  （未识别到章节标题）'));
  const width = String(maxLine(outline.symbols)).length;
  const walk = (symbols: OutlineSymbol[], depth: number) => {
    for (const s of symbols) {
      const part = s.part ? `  〔${partLabel(s.part)}〕` : '';
      out.push(`  ${String(s.line).padStart(width)}  ${'  '.repeat(depth)}${s.name}${part}`);
      walk(s.children, depth + 1);
    }
  };
  walk(outline.symbols, 0);
  return out.join('\n');
}

function maxLine(symbols: OutlineSymbol[]): number {
  let max = 1;
  for (const s of symbols) max = Math.max(max, s.line, maxLine(s.children));
  return max;
}
