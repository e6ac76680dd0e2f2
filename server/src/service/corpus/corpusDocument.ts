import type { PartNumber, Report } from '../report/model';

/** What the corpus keeps of one report besides its text: enough to say where a passage comes from. */
export interface CorpusDocument {
  /** Path as the user knows it (shown in the CLI and the output channel). */
  file: string;
  /** URI that opens the file in the editor. */
  uri: string;
  organisation: string | null;
  year: number | null;
  title: string | null;
  /** Top-level headings and any heading that fulfils a required part, in document order. */
  headings: CorpusHeading[];
}

export interface CorpusHeading {
  /** 0-based lines of the heading and of the last line of its section. */
  line: number;
  lastLine: number;
  level: number;
  marker: string;
  title: string;
  part: PartNumber | null;
}

export function describeDocument(file: string, uri: string, report: Report): CorpusDocument {
  return {
    file,
    uri,
    organisation: detach(report.title?.organisation ?? report.signature?.text.trim() ?? null),
    year: report.year,
    title: detach(report.title?.text ?? null),
    // Part 3 is often a sub-heading of part 1 (（一）履行第一责任人职责情况), so parts are looked for at every level.
    headings: report.allSections
      .filter((s) => s.kind === 'heading' && (s.level === 1 || s.part !== null))
      .map((s) => ({ line: s.line, lastLine: s.lastLine, level: s.level ?? 1, marker: detach(s.marker), title: detach(s.title), part: s.part })),
  };
}

/**
 * A copy of a string that does not share memory with the text it was cut from. V8 keeps a substring
 * as a view into its parent, so a heading title kept per corpus report would keep that report's whole
 * text alive beside the index's own copy (43 MB more for the 60 MB bench corpus).
 */
function detach<T extends string | null>(text: T): T {
  return (text === null ? null : text.split('').join('')) as T;
}

/** The part of the report a 0-based line belongs to: that of the innermost heading around it that has one. */
export function partAtLine(document: CorpusDocument, line: number): PartNumber | null {
  let part: PartNumber | null = null;
  let level = 0;
  for (const heading of document.headings) {
    if (heading.line > line) break;
    if (heading.lastLine >= line && heading.part !== null && heading.level > level) {
      part = heading.part;
      level = heading.level;
    }
  }
  return part;
}
