import type { PartNumber, Report } from '../report/model';

/** The required parts a report has: top-level sections and folded-in 第一责任人 sub-headings. */
export function partsPresent(report: Report): Set<PartNumber> {
  const parts = new Set<PartNumber>();
  for (const s of report.allSections) if (s.part !== null) parts.add(s.part);
  return parts;
}

/** Where findings about the report as a whole point: the title, else the first line with text. */
export function reportAnchor(report: Report): { start: number; end: number } {
  if (report.title) return { start: report.title.span.start, end: report.lines[report.title.lines[0]].end };
  const first = report.lines.find((l) => l.contentStart < l.end);
  return first ? { start: first.contentStart, end: first.end } : { start: 0, end: 0 };
}

/**
 * Messages are the same for many findings of a kind (a thousand heading markers, a few distinct
 * messages): made once per run and key, not once per finding. The translation stays a literal
 * l10n.t call in `make`, where the message catalogue is read from.
 */
export class Messages {
  private readonly cache = new Map<string, string>();
  get(key: string, make: () => string): string {
    let message = this.cache.get(key);
    if (message === undefined) this.cache.set(key, (message = make()));
    return message;
  }
}
