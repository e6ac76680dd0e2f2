import type { CorpusIndex } from './corpusIndex';
import type { CancellationToken } from '../cancellation';
import { isHighSurrogate, isLowSurrogate } from '../text/chars';
import { isPhraseUnit, phraseRun } from './phraseChars';

const MIN_PHRASE = 2;
const MAX_PHRASE = 16;

export interface ChosenPhrase {
  /** Offsets of the phrase in the draft's text. */
  start: number;
  end: number;
  phrase: string;
}

/**
 * The phrase a writer points at: the longest span around the cursor, 2 to 16 characters and not
 * crossing punctuation, that occurs in at least `reports[0]` corpus reports, or else in `reports[1]` …
 * By default in one report at least: the phrase a hover shows and references list, whatever its spread.
 * Null when no span of two characters occurs in so many.
 *
 * Spans are monotone (a span occurs only where each of its sub-spans does), so for each start the
 * longest end is found by bisection, each probe stopping as soon as enough reports are seen.
 */
export function phraseAtCursor(
  index: CorpusIndex,
  text: string,
  offset: number,
  lineStart: number,
  lineEnd: number,
  token?: CancellationToken,
  reports: readonly number[] = [1],
): ChosenPhrase | null {
  let at = offset < lineEnd && isPhraseUnit(text, offset) ? offset : offset > lineStart && isPhraseUnit(text, offset - 1) ? offset - 1 : -1;
  if (at < 0) return null;
  if (isLowSurrogate(text.charCodeAt(at)) && at > lineStart) at--;
  const run = phraseRun(text, at, lineStart, lineEnd);
  // The last unit the span must cover: both halves of a surrogate pair.
  const mustEnd = isHighSurrogate(text.charCodeAt(at)) ? at + 2 : at + 1;
  for (const wanted of reports) {
    let best: ChosenPhrase | null = null;
    for (let start = Math.max(run.start, mustEnd - MAX_PHRASE); start <= at; start++) {
      // A probe cut short by cancellation may have said "absent" wrongly: nothing found then stands.
      if (token?.isCancellationRequested) return null;
      if (isLowSurrogate(text.charCodeAt(start))) continue;
      const longest = Math.min(run.end, start + MAX_PHRASE);
      const shortest = Math.max(mustEnd, start + MIN_PHRASE);
      if (shortest > longest || (best && longest - start <= best.end - best.start)) continue;
      const occurs = (end: number) => index.documentCount(text.slice(start, end), wanted, token) >= wanted;
      if (!occurs(shortest)) continue;
      let lo = shortest;
      let hi = longest;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if (occurs(mid)) lo = mid;
        else hi = mid - 1;
      }
      let end = lo;
      if (isHighSurrogate(text.charCodeAt(end - 1)) && end - 1 - start >= MIN_PHRASE) end--;
      if (!best || end - start > best.end - best.start) best = { start, end, phrase: text.slice(start, end) };
    }
    if (token?.isCancellationRequested) return null;
    if (best) return best;
  }
  return null;
}
