import type { Severity } from '../../service';

// What the reviewer's page shows, gathered once from a folder of received reports. The HTML page, the
// --json output and the VS Code webview are all made from this, so it holds only plain data.

export type PartKey = '1' | '2' | '3' | '4' | '5';
export const PART_KEYS: readonly PartKey[] = ['1', '2', '3', '4', '5'];

export type SeverityCounts = Record<Severity, number>;

export interface ReviewFinding {
  /** 1-based. */
  line: number;
  code: string;
  severity: Severity;
  message: string;
  /** The line's text, cut to a readable length. */
  text: string;
  /** Findings of the same rule with the same message on the line, shown once (seven half-width commas: 7). */
  count: number;
}

export interface ReviewOutlineEntry {
  /** 1-based. */
  line: number;
  depth: number;
  text: string;
  part: number | null;
}

export interface RepeatedSourceSummary {
  /** The other report, as the user named it (or the corpus file). */
  source: string;
  /** Share of this report found in that source, 0 to 1. */
  share: number;
  passages: { line: number; sourceLine: number; length: number; text: string }[];
}

export interface ReviewedReport {
  file: string;
  /** The file's URI, so an editor can open it at a finding's line. */
  uri: string;
  /** The report-file kind's name (text, docx, …). */
  format: string;
  title: string | null;
  org: string | null;
  year: number | null;
  /** The date line as a date: 2025-02-26, or 2025-03 when the day is not written; null without one. */
  date: string | null;
  /** The date line as written. */
  dateText: string | null;
  /** 3月1日 of the year after the reported year; null when the year is not known. */
  deadline: string | null;
  /** Against the deadline: null when there is no date line or no year to judge by. */
  late: boolean | null;
  parts: Record<PartKey, boolean>;
  counts: SeverityCounts;
  /** The largest share of the report found in one other report; null when not measured. */
  repeatedShare: number | null;
  outline: ReviewOutlineEntry[];
  findings: ReviewFinding[];
  repeated: RepeatedSourceSummary[];
}

export interface NotCheckedFile {
  file: string;
  format: string | null;
  /** Why it was not checked, without the file's name. */
  reason: string;
}

export interface ReviewData {
  /** The folders and files the user named. */
  inputs: string[];
  reports: ReviewedReport[];
  notChecked: NotCheckedFile[];
  /** Whether the repeated share was measured (false: every share is null). */
  repeatedMeasured: boolean;
}

/** One entry of `law-report review --json`. */
export interface ReviewJsonEntry {
  file: string;
  format: string | null;
  title: string | null;
  org: string | null;
  year: number | null;
  date: string | null;
  late: boolean | null;
  parts: Record<PartKey, boolean> | null;
  counts: SeverityCounts | null;
  repeatedShare: number | null;
  /** Set (to the reason) for a file that could not be checked; its other fields are then null. */
  notChecked?: string;
}

export function reviewJson(data: ReviewData): ReviewJsonEntry[] {
  const checked: ReviewJsonEntry[] = data.reports.map((r) => ({
    file: r.file,
    format: r.format,
    title: r.title,
    org: r.org,
    year: r.year,
    date: r.date,
    late: r.late,
    parts: r.parts,
    counts: r.counts,
    repeatedShare: r.repeatedShare === null ? null : Math.round(r.repeatedShare * 1000) / 1000,
  }));
  const skipped: ReviewJsonEntry[] = data.notChecked.map((n) => ({
    file: n.file,
    format: n.format,
    title: null,
    org: null,
    year: null,
    date: null,
    late: null,
    parts: null,
    counts: null,
    repeatedShare: null,
    notChecked: n.reason,
  }));
  return [...checked, ...skipped];
}
