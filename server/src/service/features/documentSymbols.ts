import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { Report, Section } from '../report/model';
import { partLabel } from './partLabels';

// Each heading level gets its own kind so the Outline view's icons tell the levels apart.
const KIND_BY_LEVEL = [SymbolKind.Module, SymbolKind.Class, SymbolKind.Method, SymbolKind.Field];
const MAX_NAME_LENGTH = 80;

export function documentSymbols(document: TextDocument, report: Report, token?: CancellationToken): DocumentSymbol[] {
  const toSymbol = (section: Section): DocumentSymbol => {
    const range = Range.create(document.positionAt(section.start), document.positionAt(section.end));
    const selection = Range.create(
      document.positionAt(section.markerStart),
      document.positionAt(Math.max(section.titleEnd, section.markerEnd)),
    );
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
