// The report model: everything a feature or a rule needs to know about a draft, computed once per
// document version. Offsets are UTF-16 code-unit offsets into the document text (what LSP positions
// are made from); line numbers are 0-based.

/** The five parts that 厅字〔2019〕28号 requires, in the regulation's order. */
export type PartNumber = 1 | 2 | 3 | 4 | 5;

/** GB/T 9704-2012 heading levels: 一、=1, （一）=2, 1.=3, （1）=4. */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Line {
  /** The whole document text the offsets point into. */
  readonly source: string;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character, line break excluded. */
  end: number;
  /** Offset of the first character after indentation and Word `[bookmark: …]` leftovers. */
  contentStart: number;
  /** The line's text, line break excluded. */
  readonly text: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Section {
  kind: 'heading' | 'item';
  /** 1–4 for headings; null for 一是/二是 items, which are not a GB/T 9704 level. */
  level: HeadingLevel | null;
  /** The ordinal the marker stands for: 三、 → 3, （2） → 2, 四是 → 4. */
  number: number;
  /** The marker as written, e.g. "(一)" or "1、" or "二是". */
  marker: string;
  /** Heading text after the marker, cut at the first 。；： when the body runs on. */
  title: string;
  /** Line of the heading (0-based). */
  line: number;
  /** Last line that belongs to the section (0-based, inclusive). */
  lastLine: number;
  // Offsets are plain fields rather than span objects: a large draft has tens of thousands of
  // sections, and every object more is garbage-collector work.
  markerStart: number;
  markerEnd: number;
  titleStart: number;
  titleEnd: number;
  /** Whole section: heading line start up to the end of its last line. */
  start: number;
  end: number;
  /** Body text follows the heading on the same line. */
  runsOn: boolean;
  /** Which required part this section fulfils, if any. */
  part: PartNumber | null;
  children: Section[];
}

export interface TitleBlock {
  /** The title with its line breaks removed. */
  text: string;
  /** The lines the title spans (one to three). */
  lines: number[];
  span: Span;
  /** 发文机关, from a line of its own or the text before 关于 / the year. */
  organisation: string | null;
  year: number | null;
  /** 文种: the last word of the title (报告, 总结 …) or null when none is recognised. */
  docType: string | null;
}

export interface TextBlock {
  line: number;
  lastLine: number;
  span: Span;
  text: string;
}

export interface Report {
  text: string;
  lines: Line[];
  /** Lines of web-page chrome (breadcrumbs, 来源/发布时间, 扫一扫…). */
  chromeLines: number[];
  title: TitleBlock | null;
  /** The reported year N: the title's year, else the year the opening reports on. */
  year: number | null;
  /** 主送机关 line, e.g. 市委法治建设办： */
  addressee: TextBlock | null;
  /** Paragraph(s) between the title block and the first heading. */
  opening: TextBlock | null;
  /** 特此报告。 */
  closing: TextBlock | null;
  /** Signature (organisation) line above the date line. */
  signature: TextBlock | null;
  /** 成文日期 at the end. */
  dateLine: TextBlock | null;
  /** Top-level sections (usually the 一、 headings), each with its children. */
  sections: Section[];
  /** Every section and item in document order. */
  allSections: Section[];
}
