// Character classes of a draft's text, judged the same way by the parser, the rules and the corpus.

/** Blank characters real drafts carry: spaces, tabs, full-width spaces, no-break spaces and a stray BOM. */
export function isBlankChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0xfeff;
}

/** The first UTF-16 unit of a character outside the BMP (𠮷 is two units). */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The second UTF-16 unit of a character outside the BMP. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** `at` lies between the two halves of one character: a cut or an edit there would leave half of it. */
export function splitsSurrogatePair(text: string, at: number): boolean {
  return isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));
}
