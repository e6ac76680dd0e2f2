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
  /** Top-level headings: they tell which required part a passage belongs to. */
  headings: CorpusHeading[];
}

export interface CorpusHeading {
  /** 0-based line in the document. */
  line: number;
  marker: string;
  title: string;
  part: PartNumber | null;
}

export function describeDocument(file: string, uri: string, report: Report): CorpusDocument {
  return {
    file,
    uri,
    organisation: report.title?.organisation ?? report.signature?.text.trim() ?? null,
    year: report.year,
    title: report.title?.text ?? null,
    headings: report.sections
      .filter((s) => s.kind === 'heading')
      .map((s) => ({ line: s.line, marker: s.marker, title: s.title, part: s.part })),
  };
}

/** The part of the report a 0-based line belongs to, from the last top-level heading above it. */
export function partAtLine(document: CorpusDocument, line: number): PartNumber | null {
  let part: PartNumber | null = null;
  for (const heading of document.headings) {
    if (heading.line > line) break;
    part = heading.part;
  }
  return part;
}
