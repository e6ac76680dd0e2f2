import { BLOCK_WIDTH, TYPE_SIZE_PT } from './gbt9704';

// GB/T 9704-2012 7.3.1: a title that wraps keeps its words whole and is arranged symmetrically, as a
// trapezoid (梯形) or a diamond (菱形). The draft's own breaks stand when they already do that.

/** Characters of 2号 a title line holds. Digits are counted whole: a substituted font may set them so. */
export const TITLE_LINE_CHARS = Math.floor(BLOCK_WIDTH / (TYPE_SIZE_PT.二号 * 20)); // 20

const MAX_LINES = 3;
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** Never broken: a year (2025年度, 2021—2025年), 法治政府建设, a 《title》. */
const UNBREAKABLE = /\d{4}(?:[—－-]\d{4})?年度?|法治政府建设|《[^《》]*》/g;
/** A line never starts with these. */
const NO_LINE_START = /^[的和及与、，。；：）》”]/;

/**
 * The title's lines for the exported document. `draftLines` are the lines the writer broke it into;
 * `organisation` the issuing organ's name when the title starts with it (never broken either).
 */
export function titleLines(draftLines: string[], organisation?: string | null): string[] {
  const title = draftLines.join('');
  const breaks = wordBreaks(title, organisation);
  if (keepsShape(draftLines, breaks)) return draftLines;
  if (title.length <= TITLE_LINE_CHARS) return [title];
  return balancedLines(title, breaks) ?? draftLines;
}

/** Offsets where a line may break: word boundaries outside the names, years and phrases kept whole. */
function wordBreaks(title: string, organisation?: string | null): Set<number> {
  const breaks = new Set<number>();
  for (const { index } of segmenter.segment(title)) if (index > 0) breaks.add(index);
  const whole: [number, number][] = [...title.matchAll(UNBREAKABLE)].map((m) => [m.index!, m.index! + m[0].length]);
  const at = organisation ? title.indexOf(organisation) : -1;
  if (at >= 0) {
    whole.push([at, at + organisation!.length]);
    // The organ's name ends a word even where the segmenter runs it into the next (局关于).
    breaks.add(at + organisation!.length);
  }
  for (const [start, end] of whole) {
    breaks.add(start);
    breaks.add(end);
    for (let i = start + 1; i < end; i++) breaks.delete(i);
  }
  for (const b of [...breaks]) if (b >= title.length || NO_LINE_START.test(title.slice(b))) breaks.delete(b);
  return breaks;
}

/** Each line fits, every break is a word break, and three lines make a trapezoid or a diamond. */
function keepsShape(lines: string[], breaks: Set<number>): boolean {
  if (lines.length > MAX_LINES || lines.some((l) => l.length === 0 || l.length > TITLE_LINE_CHARS)) return false;
  let offset = 0;
  for (const line of lines.slice(0, -1)) if (!breaks.has((offset += line.length))) return false;
  return lines.length < 3 || symmetric(lines.map((l) => l.length));
}

function symmetric([a, b, c]: number[]): boolean {
  const trapezoid = (a <= b && b <= c) || (a >= b && b >= c);
  const diamond = b >= a && b >= c;
  return trapezoid || diamond;
}

/**
 * The fewest lines that fit, broken at word breaks as evenly as they can be (the shortest longest
 * line, then the least difference); three lines must be symmetric. Ties: the shorter line on top.
 */
function balancedLines(title: string, breaks: Set<number>): string[] | undefined {
  const points = [...breaks].sort((a, b) => a - b);
  const candidates: number[][] = [];
  for (const i of points) {
    candidates.push([i]);
    for (const j of points) if (j > i) candidates.push([i, j]);
  }
  let best: { lines: string[]; score: number[] } | undefined;
  for (const cut of candidates) {
    const edges = [0, ...cut, title.length];
    const lines = edges.slice(0, -1).map((start, k) => title.slice(start, edges[k + 1]));
    const lengths = lines.map((l) => l.length);
    if (lengths.some((n) => n > TITLE_LINE_CHARS)) continue;
    if (lines.length === 3 && !symmetric(lengths)) continue;
    const score = [lines.length, Math.max(...lengths), Math.max(...lengths) - Math.min(...lengths), lengths[0]];
    if (!best || compare(score, best.score) < 0) best = { lines, score };
  }
  return best?.lines;
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
