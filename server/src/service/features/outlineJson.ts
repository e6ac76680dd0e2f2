import type { HeadingLevel, PartNumber, Report, Section } from '../report/model';
import { symbolName } from './documentSymbols';

// The `law-report outline --json` contract that other tools and later features rely on.
export interface OutlineFile {
  file: string;
  title: string | null;
  year: number | null;
  symbols: OutlineSymbol[];
}

export interface OutlineSymbol {
  name: string;
  kind: 'heading' | 'item';
  level: HeadingLevel | null;
  marker: string;
  title: string;
  part: PartNumber | null;
  /** 1-based. */
  line: number;
  children: OutlineSymbol[];
}

export function outlineJson(file: string, report: Report): OutlineFile {
  const convert = (s: Section): OutlineSymbol => ({
    name: symbolName(s),
    kind: s.kind,
    level: s.level,
    marker: s.marker,
    title: s.title,
    part: s.part,
    line: s.line + 1,
    children: s.children.map(convert),
  });
  return { file, title: report.title?.text ?? null, year: report.year, symbols: report.sections.map(convert) };
}
