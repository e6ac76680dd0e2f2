import { contentEnd, contentOf, isBlank } from '../report/lines';
import { headingTextEnd } from '../report/markers';
import type { HeadingLevel, Report, Section } from '../report/model';
import { titleLines } from './titleLines';

// What the exported document consists of, paragraph by paragraph, before any formatting: the kinds
// of line GB/T 9704-2012 formats differently, read from the report model.

export type ExportBlock =
  /** The title's lines: the writer's where they keep words whole and the shape symmetric, else balanced (7.3.1). */
  | { kind: 'title'; lines: string[] }
  /** 主送机关: flush left (7.3.2). */
  | { kind: 'addressee'; text: string }
  /** A body paragraph: two characters indented (7.3.3). */
  | { kind: 'body'; text: string }
  /** A numbered heading; `rest` is the body text that runs on after it in the same paragraph. */
  | { kind: 'heading'; level: HeadingLevel; heading: string; rest: string }
  /** 发文机关署名, centred over the date line (7.3.5.1). */
  | { kind: 'signature'; text: string; dateLine: string }
  /** 成文日期 (7.3.5.1: four characters in from the right). */
  | { kind: 'date'; text: string }
  /** One empty line of the grid (标题下空一行, 正文下空一行). */
  | { kind: 'blank' };

export function exportBlocks(report: Report): ExportBlock[] {
  const { lines, text } = report;
  const headings = new Map<number, Section>();
  for (const section of report.allSections) if (section.kind === 'heading') headings.set(section.line, section);
  const titleRows = new Set(report.title?.lines ?? []);
  const chrome = new Set(report.chromeLines);
  const tailLines = new Set([report.signature?.line, report.dateLine?.line].filter((n): n is number => n !== undefined));

  const blocks: ExportBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Drafts separate paragraphs with blank lines; a 公文 does not, it only keeps the blank lines the
    // standard asks for, added below.
    if (isBlank(line) || chrome.has(i) || tailLines.has(i)) continue;
    if (titleRows.has(i)) {
      if (i === report.title!.lines[0]) {
        const drafted = report.title!.lines.map((n) => contentOf(lines[n]));
        blocks.push({ kind: 'title', lines: titleLines(drafted, report.title!.organisation) }, { kind: 'blank' });
      }
      continue;
    }
    if (i === report.addressee?.line) {
      blocks.push({ kind: 'addressee', text: contentOf(line) });
      continue;
    }
    const section = headings.get(i);
    if (section?.level) {
      const end = contentEnd(line);
      const cut = headingTextEnd(text, section.titleStart, end);
      // The heading keeps its closing mark (。or ：); the rest of the line is body text.
      const headingEnd = Math.min(cut + 1, end);
      blocks.push({
        kind: 'heading',
        level: section.level,
        heading: text.slice(line.contentStart, headingEnd),
        rest: text.slice(headingEnd, end).trim(),
      });
      continue;
    }
    blocks.push({ kind: 'body', text: contentOf(line) });
  }

  if (report.dateLine) {
    blocks.push({ kind: 'blank' });
    if (report.signature) blocks.push({ kind: 'signature', text: report.signature.text, dateLine: report.dateLine.text });
    blocks.push({ kind: 'date', text: report.dateLine.text });
  }
  return blocks;
}
