import { isBlankChar } from '../text/chars';
import type { Line } from './model';

/**
 * What Word's conversion leaves glued in front of a paragraph, `[bookmark: _GoBack]`; bounded so a
 * pathological line cannot make a scan quadratic. The artifact rule reports it; lines skip it.
 */
export const WORD_BOOKMARK = /\[bookmark:[^\]\r\n]{0,200}\]/;
const BOOKMARK = new RegExp(WORD_BOOKMARK.source, 'y');

/** Splits text at \r\n, \r and \n (all three occur in pasted drafts). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const n = text.length;
  if (text.indexOf('\r') < 0) {
    // Most drafts use \n only: indexOf scans far faster than a per-character loop.
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push(makeLine(text, start, i));
      start = i + 1;
    }
    lines.push(makeLine(text, start, n));
    return lines;
  }
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lines.push(makeLine(text, start, i));
      if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}

/** A line of the source; its text is sliced only when asked for, since most lines never are. */
class SourceLine implements Line {
  constructor(
    readonly source: string,
    readonly start: number,
    readonly end: number,
    readonly contentStart: number,
  ) {}

  get text(): string {
    return this.source.slice(this.start, this.end);
  }
}

function makeLine(text: string, start: number, end: number): Line {
  return new SourceLine(text, start, end, start + contentOffset(text, start, end));
}

/** How many characters of indentation (blank characters) and bookmark leftovers precede the line's content. */
function contentOffset(text: string, start: number, end: number): number {
  let p = start;
  for (;;) {
    while (p < end && isBlankChar(text.charCodeAt(p))) p++;
    if (p >= end || text.charCodeAt(p) !== 0x5b /* [ */) break;
    BOOKMARK.lastIndex = p;
    if (!BOOKMARK.test(text) || BOOKMARK.lastIndex > end) break;
    p = BOOKMARK.lastIndex;
  }
  return p - start;
}

/** Offset just past the line's last non-whitespace character (a loop: a regex would be quadratic). */
export function contentEnd(line: Line): number {
  let i = line.end;
  while (i > line.contentStart && isBlankChar(line.source.charCodeAt(i - 1))) i--;
  return i;
}

/** The line's content with indentation, bookmarks and trailing whitespace removed. */
export function contentOf(line: Line): string {
  return line.source.slice(line.contentStart, contentEnd(line));
}

/** Indentation skipping stops only at content, so a blank line has its content start at its end. */
export function isBlank(line: Line): boolean {
  return line.contentStart >= line.end;
}

/** Index of the last line starting at or before `offset` (0 for an offset before the first line). */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
