import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { Report, Section } from '../report/model';
import { partLabel } from '../report/parts';

// Each heading level gets its own kind so the Outline view's icons tell the levels apart.
const KIND_BY_LEVEL = [SymbolKind.Module, SymbolKind.Class, SymbolKind.Method, SymbolKind.Field];
const MAX_NAME_LENGTH = 80;

export function documentSymbols(report: Report, token?: CancellationToken): DocumentSymbol[] {
  // Positions come from the section's own lines (the report splits lines as LSP does): a draft of
  // 100,000 headings would otherwise search the line table 400,000 times.
  const at = (line: number, offset: number) => ({ line, character: offset - report.lines[line].start });
  const toSymbol = (section: Section): DocumentSymbol => {
    const range = { start: at(section.line, section.start), end: at(section.lastLine, section.end) };
    const selection = { start: at(section.line, section.markerStart), end: at(section.line, Math.max(section.titleEnd, section.markerEnd)) };
    const children = section.children.map(toSymbol);
    return DocumentSymbol.create(
      symbolName(section),
      section.part ? partLabel(section.part) : undefined,
      section.kind === 'item' ? SymbolKind.EnumMember : KIND_BY_LEVEL[(section.level ?? 1) - 1],
      range,
      selection,
      children,
    );
  };
  const symbols: DocumentSymbol[] = [];
  for (const section of report.sections) {
    if (token?.isCancellationRequested) return [];
    symbols.push(toSymbol(section));
  }
  return symbols;
}

/** Marker and heading text, as the writer sees them; very long run-on headings are shortened. */
export function symbolName(section: Section): string {
  const name = section.marker + section.title;
  return name.length > MAX_NAME_LENGTH ? name.slice(0, MAX_NAME_LENGTH - 1) + '…' : name;
}
