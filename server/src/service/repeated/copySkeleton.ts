import { isPhraseUnit } from '../corpus/phraseChars';

// Text carried over from another report changes in predictable places: the years move on, figures
// change, the organ's name is swapped and punctuation is touched up. Comparing reports on a skeleton
// that drops punctuation and spaces, and stands one placeholder for every number and for the organ's
// own name, lets such a passage still match its source character for character.

/** Stands for any run of digits (2024, 3.5, １２). */
const NUMBER = 0x23; // '#'
/** Stands for the report's own organ name. */
const ORGAN = 0x40; // '@'

export interface CopySkeleton {
  /** The skeleton's UTF-16 units. */
  units: Uint16Array;
  /** For each skeleton unit, the offset in the original text where it starts. */
  starts: Int32Array;
  /** For each skeleton unit, the offset in the original text just past what it stands for. */
  ends: Int32Array;
}

/**
 * The skeleton of `text` (or of its part [from, to)). `organs` are names to treat as one placeholder,
 * typically the report's own organ; names shorter than four characters are ignored, since a short
 * name (司法局) would also stand in ordinary sentences.
 */
export function copySkeleton(text: string, organs: readonly string[] = [], from = 0, to = text.length): CopySkeleton {
  const names = organs.filter((name) => name.length >= 4);
  // Most characters start no name: one comparison rules them out before any startsWith.
  const firsts = new Set(names.map((name) => name.charCodeAt(0)));
  const units = new Uint16Array(to - from);
  const starts = new Int32Array(to - from);
  const ends = new Int32Array(to - from);
  let n = 0;
  let i = from;
  while (i < to) {
    const name = firsts.has(text.charCodeAt(i)) ? nameAt(text, i, to, names) : null;
    if (name !== null) {
      units[n] = ORGAN;
      starts[n] = i;
      ends[n] = i + name.length;
      n++;
      i += name.length;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      // The common case, a CJK ideograph, before the general test.
      units[n] = code;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
      i++;
      continue;
    }
    if (isDigit(code)) {
      let j = i + 1;
      while (j < to && (isDigit(text.charCodeAt(j)) || (isDecimalPoint(text.charCodeAt(j)) && j + 1 < to && isDigit(text.charCodeAt(j + 1))))) j++;
      units[n] = NUMBER;
      starts[n] = i;
      ends[n] = j;
      n++;
      i = j;
      continue;
    }
    if (isPhraseUnit(text, i)) {
      units[n] = code;
      starts[n] = i;
      ends[n] = i + 1;
      n++;
    }
    i++;
  }
  return { units: units.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n) };
}

function nameAt(text: string, at: number, to: number, names: readonly string[]): string | null {
  for (const name of names) {
    if (at + name.length <= to && text.startsWith(name, at)) return name;
  }
  return null;
}

function isDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

function isDecimalPoint(code: number): boolean {
  return code === 0x2e || code === 0xff0e;
}
