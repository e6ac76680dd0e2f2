import * as l10n from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { standardMarker } from '../report/markers';
import type { HeadingLevel, Report, Section } from '../report/model';

/**
 * At the start of a line (or after the first characters of a marker), the heading markers that can
 * come next: the next one of the current level (after （二） comes （三）), the first one a level
 * below, and the next one of the level above.
 */
export function headingMarkerCompletions(document: TextDocument, report: Report, line: number, offset: number): CompletionItem[] {
  const source = report.lines[line];
  const typed = report.text.slice(source.start, offset).trimStart();
  if (typed.length > 3) return [];
  // The last heading above the line, and the last one above it of a higher level (its parent).
  let current: Section | undefined;
  const open: Section[] = [];
  for (const section of report.allSections) {
    if (section.line >= line) break;
    if (section.kind !== 'heading' || section.level === null) continue;
    while (open.length > 0 && (open[open.length - 1].level ?? 0) >= section.level) open.pop();
    open.push(section);
    current = section;
  }
  const offers: { level: HeadingLevel; number: number }[] = [];
  if (!current) offers.push({ level: 1, number: 1 });
  else {
    const level = current.level as HeadingLevel;
    offers.push({ level, number: current.number + 1 });
    if (level < 4) offers.push({ level: (level + 1) as HeadingLevel, number: 1 });
    const parent = open.length > 1 ? open[open.length - 2] : undefined;
    if (parent?.level) offers.push({ level: parent.level, number: parent.number + 1 });
  }
  const start = document.positionAt(offset - typed.length);
  const end = document.positionAt(offset);
  return offers
    .map(({ level, number }) => ({ level, marker: standardMarker(level, number) }))
    .filter(({ marker }) => marker.startsWith(typed) && marker !== typed)
    .map(({ level, marker }, rank) => ({
      label: marker,
      kind: CompletionItemKind.Keyword,
      detail: levelName(level),
      sortText: `!${rank}`,
      filterText: marker,
      textEdit: { range: { start, end }, newText: marker },
    }));
}

function levelName(level: HeadingLevel): string {
  switch (level) {
    case 1:
      return l10n.t('一级标题');
    case 2:
      return l10n.t('二级标题');
    case 3:
      return l10n.t('三级标题');
    case 4:
      return l10n.t('四级标题');
  }
}
