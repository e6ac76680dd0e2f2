// Word boundaries of Chinese text, from Node's own Intl.Segmenter: asked only around a near miss (a rare
// event) or of a lexicon entry once, never over a whole draft.
const WORDS_OF = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words of a short string, with where each starts. */
export function wordsOf(s: string): Iterable<{ index: number; segment: string }> {
  return WORDS_OF.segment(s);
}

/**
 * A word of the text runs across `at`: starts before it and ends after it. Read on a few characters
 * around it (`back` before, `ahead` after): 第一责任人|责任, 示范市|建设.
 */
export function wordCrosses(text: string, at: number, back: number, ahead: number): boolean {
  const from = Math.max(0, at - back);
  for (const { index, segment } of WORDS_OF.segment(text.slice(from, at + ahead))) {
    if (from + index < at && from + index + segment.length > at) return true;
  }
  return false;
}

/** The length of the word of `s` that holds its character k (0 past the end). */
export function wordLengthAt(s: string, k: number): number {
  for (const { index, segment } of WORDS_OF.segment(s)) if (index <= k && k < index + segment.length) return segment.length;
  return 0;
}
