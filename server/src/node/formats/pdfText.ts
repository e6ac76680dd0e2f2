import { matchMarker } from '../../service/report/markers';

// From positioned text to report lines: pdf.js gives runs of text with their place on the page; a
// person reads lines, top to bottom, and paragraphs that the page's right margin broke. This file
// is pure (no pdf.js), so the layout rules are tested on their own.

export interface TextRun {
  text: string;
  /** Left edge and baseline in points, y growing upwards (PDF space). */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
}

export interface PageRuns {
  width: number;
  height: number;
  runs: TextRun[];
}

interface Line {
  text: string;
  /** The line opens with a footnote mark (a footnote at the foot of the page). */
  footnote?: boolean;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Chinese characters and full-width marks: no space belongs between them and their neighbours. */
const WIDE = '\\u2e80-\\u9fff\\u3000-\\u303f\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019\\u00b7';
const SPACE_BESIDE_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t\\u00a0]+(?=[${WIDE}0-9A-Za-z%])|(?<=[${WIDE}0-9A-Za-z%])[ \\t\\u00a0]+(?=[${WIDE}])`, 'g');
const IS_WIDE = new RegExp(`[${WIDE}]`);
/** — 1 —, - 2 -, 第3页, 第 3 页 共 10 页, 3/10, 3 */
const PAGE_NUMBER = /^[-—–－_·\s]*(?:第\s*)?\d{1,4}\s*(?:页)?\s*(?:(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–－_·\s]*$/;
/** Running headers and footers sit in the top or bottom eighth of the page. */
const MARGIN_ZONE = 0.125;

/** The report text of a PDF's pages: running headers, footers and page numbers out, margin-broken lines joined. */
export function pdfPagesToText(pages: PageRuns[]): string {
  const pageLines = pages.map((page) => ({ height: page.height, lines: toLines(page.runs) }));
  dropRunningLines(pageLines);
  const body = pageLines.flatMap((p) => p.lines);
  if (body.length === 0) return '';
  const left = mode(body.map((l) => Math.round(l.left)));
  const right = rightMargin(body, Math.max(...pages.map((p) => p.width)));
  const bodySize = mode(body.map((l) => l.size));
  const pitch = linePitch(pageLines);
  const out: string[] = [];
  let paragraph: Line | undefined;
  let previousY: number | undefined;
  for (const page of pageLines) {
    previousY = undefined;
    for (const line of page.lines) {
      // A gap of more than one and a half lines is a blank line (标题下空一行).
      const gap = previousY !== undefined && pitch > 0 && previousY - line.y > pitch * 1.7;
      if (paragraph && !gap && continues(paragraph, line, left, right, bodySize)) {
        paragraph.text = joinText(paragraph.text, line.text);
        paragraph.right = line.right;
        paragraph.size = line.size;
      } else {
        if (paragraph) out.push(paragraph.text);
        if (gap && out.length > 0) out.push('');
        paragraph = { ...line };
      }
      previousY = line.y;
    }
  }
  if (paragraph) out.push(paragraph.text);
  return out.join('\n');
}

/**
 * A line runs on into the next when it reaches the right margin and the next is neither indented nor
 * a new numbered heading; so a heading ends its line unless it is too long for one. A title (larger
 * than the body text) runs on into the next line of the same size: Word wrapped it, the writer did not.
 */
function continues(current: Line, next: Line, left: number, right: number | undefined, bodySize: number): boolean {
  const em = current.size || 10;
  if (Math.abs(next.size - current.size) > em * 0.1) return false;
  if (matchMarker(next.text, 0)?.kind === 'heading') return false;
  if (current.size > bodySize * 1.15) return true;
  if (right === undefined || current.right < right - em * 1.5) return false;
  return next.left <= left + em * 0.8;
}

/**
 * Where full lines end: the rightmost edge that at least three lines reach, in the right part of the
 * page; undefined when no paragraph wraps (then no line is joined).
 */
function rightMargin(lines: Line[], pageWidth: number): number | undefined {
  const rights = lines.map((l) => l.right).sort((a, b) => b - a);
  const em = mode(lines.map((l) => Math.round(l.size))) || 10;
  for (let i = 0; i + 2 < rights.length && rights[i] > pageWidth * 0.7; i++) {
    if (rights[i] - rights[i + 2] <= em) return rights[i];
  }
  return undefined;
}

function joinText(a: string, b: string): string {
  // An English word broken at the margin keeps its space; Chinese never had one.
  return /[A-Za-z0-9,.;:]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/** Runs grouped into lines by baseline, left to right, with no spaces invented beside Chinese text. */
function toLines(runs: TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.text !== '' && r.size > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    const size = group ? Math.max(...group.map((r) => r.size)) : 0;
    if (group && Math.abs(group[0].y - run.y) < Math.max(size, run.size) * 0.5) group.push(run);
    else groups.push([run]);
  }
  const lines: Line[] = [];
  for (const group of groups) {
    group.sort((a, b) => a.x - b.x);
    const size = bodySize(group);
    const baseline = group.find((r) => Math.abs(r.size - size) < 0.5)?.y ?? group[0].y;
    let text = '';
    let end: number | undefined;
    let first: TextRun | undefined;
    let last: TextRun | undefined;
    let footnote = false;
    for (const run of group) {
      if (run.text.trim() === '') continue;
      // A footnote mark: smaller, raised, only digits or a symbol.
      if (run.size < size * 0.75 && run.y > baseline + size * 0.15 && /^[\d*†‡]+$/.test(run.text.trim())) {
        if (!first) footnote = true;
        continue;
      }
      if (end !== undefined) {
        const gap = run.x - end;
        if (gap > size * 3) text += '\t';
        else if (gap > size * 0.2 && !IS_WIDE.test(text.slice(-1)) && !IS_WIDE.test(run.text.trimStart()[0] ?? '')) text += ' ';
      }
      text += first ? run.text : run.text.trimStart();
      first ??= run;
      last = run;
      end = run.x + run.width;
    }
    text = text.replace(SPACE_BESIDE_WIDE, '').trimEnd();
    if (!first || !last || text === '') continue;
    lines.push({ text, left: first.x, right: last.x + last.width, y: baseline, size, footnote });
  }
  return lines;
}

/**
 * Drops the page furniture at the top and bottom of each page: a page number (— 1 —, 第1页), and a
 * line repeated on several pages that stands apart from the text block (a running header or footer).
 * Only the outermost lines in the page's top or bottom eighth are considered, so body text is never taken.
 */
function dropRunningLines(pages: { height: number; lines: Line[] }[]): void {
  const key = (line: Line) => line.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const pitch = linePitch(pages);
  const inMargin = (line: Line, height: number) => line.y > height * (1 - MARGIN_ZONE) || line.y < height * MARGIN_ZONE;
  const outermost = (lines: Line[]) => [...lines.slice(0, 2), ...lines.slice(-2)];
  const seen = new Map<string, number>();
  for (const page of pages) {
    for (const k of new Set(outermost(page.lines).filter((l) => inMargin(l, page.height)).map(key))) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeated = (line: Line) => pages.length >= 2 && (seen.get(key(line)) ?? 0) >= Math.max(2, Math.ceil(pages.length * 0.4));
  for (const page of pages) {
    const furniture = (line: Line, neighbour: Line | undefined) =>
      inMargin(line, page.height) && (PAGE_NUMBER.test(line.text) || (repeated(line) && (!neighbour || Math.abs(line.y - neighbour.y) > pitch * 1.5)));
    for (let i = 0; i < 2 && page.lines.length && furniture(page.lines[0], page.lines[1]); i++) page.lines.shift();
    for (let i = 0; i < 2 && page.lines.length && furniture(page.lines[page.lines.length - 1], page.lines[page.lines.length - 2]); i++) page.lines.pop();
    // Footnotes: from a line in the lower third of the page that opens with a footnote mark, to the page's end.
    const notes = page.lines.findIndex((line) => line.footnote && line.y < page.height / 3);
    if (notes > 0) page.lines = page.lines.slice(0, notes);
  }
}

/** The usual distance between consecutive lines: gaps over two and a half lines (blank lines, margins) do not count. */
function linePitch(pages: { lines: Line[] }[]): number {
  const size = mode(pages.flatMap((p) => p.lines.map((l) => Math.round(l.size)))) || 12;
  const gaps = pages.flatMap((p) => p.lines.slice(1).map((l, i) => Math.round(p.lines[i].y - l.y)));
  return mode(gaps.filter((d) => d > 0 && d <= size * 2.5)) || size * 1.5;
}

/** The size most of a line's characters are set in (a footnote mark is one small character). */
function bodySize(runs: TextRun[]): number {
  const chars = new Map<number, number>();
  for (const run of runs) {
    const size = Math.round(run.size * 10) / 10;
    chars.set(size, (chars.get(size) ?? 0) + run.text.trim().length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? runs[0].size;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
