import { parseArabic, parseChineseNumber, toChineseNumber } from './chineseNumerals';
import type { HeadingLevel } from './model';

// Heading markers of GB/T 9704-2012 7.3.3 and the variants real drafts use instead:
// (一) with ASCII parentheses, （一）、, 1、 1． １．, 一．. Sticky expressions, tried at the content
// start of a line only; every quantifier is bounded, so no input can make them backtrack far.
const CN = '[一二三四五六七八九十百〇零两]{1,4}';
const AR = '[0-9０-９]{1,3}';
const LEVEL1 = new RegExp(`(${CN})[、．.]`, 'y');
const LEVEL2 = new RegExp(`[（(](${CN})[）)]、?`, 'y');
const LEVEL3 = new RegExp(`(${AR})(?:[.．](?![0-9０-９])|、)`, 'y');
const LEVEL4 = new RegExp(`[（(](${AR})[）)]、?`, 'y');
// 一是 / 二是 … as the first words of a paragraph.
const ITEM = /([一二三四五六七八九十]{1,3})是(?=[^\s，,。；;：:是否])/y;

export interface MarkerMatch {
  kind: 'heading' | 'item';
  level: HeadingLevel | null;
  number: number;
  /** Offset of the marker's end, relative to the position the match was tried at. */
  length: number;
  marker: string;
}

const FIRST_CHARS = new Set([...'一二三四五六七八九十百〇零两（(0123456789０１２３４５６７８９']);

/** The heading or item marker that starts `text` at `at`, if any. */
export function matchMarker(text: string, at: number): MarkerMatch | undefined {
  if (!FIRST_CHARS.has(text[at])) return undefined;
  return (
    tryLevel(LEVEL2, 2, parseChineseNumber, text, at) ??
    tryLevel(LEVEL4, 4, parseArabic, text, at) ??
    tryLevel(LEVEL1, 1, parseChineseNumber, text, at) ??
    tryLevel(LEVEL3, 3, parseArabic, text, at) ??
    tryItem(text, at)
  );
}

function tryLevel(
  re: RegExp,
  level: HeadingLevel,
  parse: (s: string) => number,
  text: string,
  at: number,
): MarkerMatch | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  if (!m) return undefined;
  const number = parse(m[1]);
  if (!(number > 0)) return undefined;
  return { kind: 'heading', level, number, length: m[0].length, marker: m[0] };
}

function tryItem(text: string, at: number): MarkerMatch | undefined {
  ITEM.lastIndex = at;
  const m = ITEM.exec(text);
  if (!m) return undefined;
  const number = parseChineseNumber(m[1]);
  if (!(number > 0)) return undefined;
  return { kind: 'item', level: null, number, length: m[0].length, marker: m[0] };
}

/** Where the heading text stops: the first 。；： (or ASCII ; and a colon not inside a time like 15:34). */
export function headingTextEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3002 /* 。 */ || c === 0xff1b /* ； */ || c === 0xff1a /* ： */ || c === 0x3b /* ; */) return i;
    if (c === 0x3a /* : */ && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) return i;
  }
  return to;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** The GB/T 9704-2012 7.3.3 marker for a heading level and number: 一、（一）1.（1）. */
export function standardMarker(level: HeadingLevel, number: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumber(number)}、`;
    case 2:
      return `（${toChineseNumber(number)}）`;
    case 3:
      return `${number}.`;
    case 4:
      return `（${number}）`;
  }
}
