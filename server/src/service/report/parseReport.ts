import { isBlankChar } from '../text/chars';
import { isTailChrome, MAX_CHROME_LINE } from './chrome';
import { openingClauseYear, parseDateLine } from './dates';
import { analyseHead } from './head';
import { contentEnd, contentOf, isBlank, splitLines } from './lines';
import { headingTextEnd, matchMarker, type MarkerMatch } from './markers';
import type { Line, Report, Section } from './model';
import { isFirstResponsibleHeading, isLeadershipTitle, partOfHeading, tellsFirstResponsibleDuties } from './parts';
import { analyseTail } from './tail';

/** Items (一是 …) nest below every heading level. */
const ITEM_DEPTH = 5;

/** Parses a draft into its model. Pure and total: any string gives a report, never an exception. */
export function parseReport(text: string): Report {
  const lines = splitLines(text);
  const firstHeading = findFirstHeading(text, lines);
  const head = analyseHead(lines, firstHeading);
  const tail = analyseTail(text, lines, firstHeading < lines.length ? firstHeading + 1 : head.end);

  const bodyChrome = new Set<number>(tail.chromeLines);
  for (let i = firstHeading; i < tail.bodyEnd; i++) {
    const line = lines[i];
    // Chrome lines are short; checking only those keeps long paragraphs out of the regexes.
    if (!isBlank(line) && line.end - line.start <= MAX_CHROME_LINE && isTailChrome(contentOf(line))) bodyChrome.add(i);
  }
  const { roots, all } = buildTree(text, lines, firstHeading, tail.bodyEnd, bodyChrome);
  assignParts(roots, text);

  const titleYear = head.title?.year ?? null;
  const opened = openingYear(head.opening?.text);
  const dated = dateLineYear(tail.dateLine?.text);
  // The title's year against an opening and a date line that agree with each other: the title is the slip
  // (a 2019 report under last year's title template says 2020 in its title only).
  const year = titleYear !== null && opened !== null && opened === dated && titleYear !== opened ? opened : (titleYear ?? opened ?? dated);
  return {
    text,
    lines,
    chromeLines: [...head.chromeLines, ...bodyChrome].sort((a, b) => a - b),
    title: head.title,
    year,
    addressee: head.addressee,
    opening: head.opening,
    closing: tail.closing,
    signature: tail.signature,
    dateLine: tail.dateLine,
    sections: roots,
    allSections: all,
  };
}

function findFirstHeading(text: string, lines: Line[]): number {
  for (let i = 0; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    if (matchMarker(text, lines[i].contentStart)?.kind === 'heading') return i;
  }
  return lines.length;
}

function buildTree(text: string, lines: Line[], from: number, to: number, chrome: Set<number>) {
  // lastContent[i]: the last line at or before i that carries text, so a section's range ends at
  // its last paragraph rather than at the blank lines before the next heading.
  const lastContent = new Int32Array(Math.max(to - from, 0));
  let last = from;
  for (let i = from; i < to; i++) {
    if (!isBlank(lines[i]) && !chrome.has(i)) last = i;
    lastContent[i - from] = last;
  }

  const roots: Section[] = [];
  const all: Section[] = [];
  const stack: { section: Section; depth: number }[] = [];
  const close = (section: Section, nextLine: number) => {
    const end = Math.max(section.line, lastContent[nextLine - 1 - from]);
    section.lastLine = end;
    section.end = lines[end].end;
  };

  for (let i = from; i < to; i++) {
    if (isBlank(lines[i]) || chrome.has(i)) continue;
    const match = matchMarker(text, lines[i].contentStart);
    if (!match) continue;
    const depth = match.level ?? ITEM_DEPTH;
    while (stack.length > 0 && stack[stack.length - 1].depth >= depth) close(stack.pop()!.section, i);
    const section = makeSection(text, lines[i], i, match);
    (stack.length > 0 ? stack[stack.length - 1].section.children : roots).push(section);
    all.push(section);
    stack.push({ section, depth });
  }
  while (stack.length > 0) close(stack.pop()!.section, to);
  return { roots, all };
}

function makeSection(text: string, line: Line, index: number, match: MarkerMatch): Section {
  const markerStart = line.contentStart;
  const markerEnd = markerStart + match.length;
  const lineEnd = contentEnd(line);
  let titleStart = markerEnd;
  while (titleStart < lineEnd && isBlankChar(text.charCodeAt(titleStart))) titleStart++;
  const cut = headingTextEnd(text, titleStart, lineEnd);
  let titleEnd = cut;
  while (titleEnd > titleStart && isBlankChar(text.charCodeAt(titleEnd - 1))) titleEnd--;
  return {
    kind: match.kind,
    level: match.level,
    number: match.number,
    marker: match.marker,
    title: text.slice(titleStart, titleEnd),
    line: index,
    lastLine: index,
    markerStart,
    markerEnd,
    titleStart,
    titleEnd,
    start: line.start,
    end: line.end,
    runsOn: cut + 1 < lineEnd,
    part: null,
    children: [],
  };
}

/**
 * Top-level headings are mapped to the required parts; inside any other part, a sub-heading on the
 * 第一责任人's duties carries part 3 (reports often fold it into part 1).
 */
function assignParts(roots: Section[], text: string): void {
  for (const root of roots) {
    if (root.kind !== 'heading') continue;
    root.part = partOfHeading(root.title);
    if (root.part !== 3) markFoldedPart3(root.children, text, root.title);
  }
}

// In a section on leadership, a point (一是党政主要负责人切实履行推进法治建设第一责任人职责。……) is the part
// reported as one of its points; under a heading on something else a point is not.
function markFoldedPart3(sections: Section[], text: string, parentTitle: string): void {
  for (const s of sections) {
    if (s.kind === 'item' && !isLeadershipTitle(parentTitle)) continue;
    // The first sentence is read only under a leadership heading: parsing runs at every edit.
    if (isFirstResponsibleHeading(s.title) || (isLeadershipTitle(s.title) && tellsFirstResponsibleDuties(firstSentence(text, s)))) s.part = 3;
    else if (s.kind === 'heading') markFoldedPart3(s.children, text, s.title);
  }
}

/**
 * The first sentence under a heading: its run-on text, or the paragraph after it. A short 一是 lead
 * before it ((二）履行第一责任，筑牢法治根基。一是压实领导责任。党政主要负责人严格履行……) is the first
 * point's name, not yet its content: the sentence after it is read with it.
 */
function firstSentence(text: string, s: Section): string {
  const body = text.slice(s.titleEnd, Math.min(s.end, s.titleEnd + 200)).replace(/^[。．.：:\s]+/, '');
  const end = body.search(/[。！？]|$/);
  const first = body.slice(0, end);
  if (!/^一是[^，,；;]{0,12}$/.test(first) || !isLeadershipTitle(first)) return first;
  const rest = body.slice(end + 1);
  return first + '。' + rest.slice(0, rest.search(/[。！？]|$/));
}

/**
 * Last, the date line: a yearly report is dated early in the year after the one it covers (filed by
 * 3月1日), so one dated in the first half of year Y reports on Y − 1.
 */
function dateLineYear(dateLine: string | undefined): number | null {
  const date = dateLine ? parseDateLine(dateLine) : null;
  return date && date.month <= 6 ? date.year - 1 : null;
}

/** Reports without a title still say which year they cover: 现将我局2021年法治政府建设情况报告如下, or 2021年，我局…… */
function openingYear(opening: string | undefined): number | null {
  if (!opening) return null;
  const m = /([0-9]{4})\s*年度?(?:推进)?(?:法治政府建设|法治建设|依法行政)/.exec(opening);
  const y = m ? Number(m[1]) : (openingClauseYear(opening) ?? NaN);
  return y >= 1949 && y <= 2199 ? y : null;
}
