// A phrase never crosses punctuation, spaces or line breaks: only letters and digits of any script
// (Han ideographs, Latin, digits) belong to one. Surrogate pairs are judged as the code point they form.
import { isHighSurrogate, isLowSurrogate } from '../text/chars';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** True when the UTF-16 unit at `index` is part of a letter or digit. */
export function isPhraseUnit(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // Fast paths for the common cases: CJK unified ideographs and ASCII.
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (isHighSurrogate(code)) return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index) ?? code));
  if (isLowSurrogate(code)) return index > 0 && isHighSurrogate(text.charCodeAt(index - 1)) && isPhraseUnit(text, index - 1);
  return LETTER_OR_DIGIT.test(text[index]);
}

/** The run of phrase units around `index` (which need not itself be one): [start, end) within the line. */
export function phraseRun(text: string, index: number, lineStart: number, lineEnd: number): { start: number; end: number } {
  let start = index;
  while (start > lineStart && isPhraseUnit(text, start - 1)) start--;
  let end = index;
  while (end < lineEnd && isPhraseUnit(text, end)) end++;
  return { start, end };
}
