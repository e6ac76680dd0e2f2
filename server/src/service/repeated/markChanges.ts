/** A stretch of one side of a comparison: the same on both sides, or changed. */
export interface Piece {
  text: string;
  changed: boolean;
}

/** Beyond this many characters a side is compared only by its common start and end (the hover cuts long passages). */
const MAX_COMPARED = 600;

/**
 * What changed between a draft's passage and its source's, character by character (a longest common
 * subsequence): each side as pieces, so a hover can mark what the writer changed (years, figures, names).
 */
export function markChanges(draft: string, source: string): { draft: Piece[]; source: Piece[] } {
  const a = [...draft];
  const b = [...source];
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  const [keepA, keepB] = midA.length * midB.length <= MAX_COMPARED * MAX_COMPARED ? commonSubsequence(midA, midB) : [midA.map(() => false), midB.map(() => false)];
  const sameA = [...a.slice(0, prefix).map(() => true), ...keepA, ...a.slice(a.length - suffix).map(() => true)];
  const sameB = [...b.slice(0, prefix).map(() => true), ...keepB, ...b.slice(b.length - suffix).map(() => true)];
  return { draft: pieces(a, sameA), source: pieces(b, sameB) };
}

/** For each character of a and of b, whether it belongs to one longest common subsequence. */
function commonSubsequence(a: string[], b: string[]): [boolean[], boolean[]] {
  const width = b.length + 1;
  const lengths = new Uint16Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? lengths[(i + 1) * width + j + 1] + 1 : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const keepA = a.map(() => false);
  const keepB = b.map(() => false);
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      keepA[i++] = true;
      keepB[j++] = true;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      i++;
    } else {
      j++;
    }
  }
  return [keepA, keepB];
}

function pieces(chars: string[], same: boolean[]): Piece[] {
  const out: Piece[] = [];
  chars.forEach((char, k) => {
    const changed = !same[k];
    const last = out[out.length - 1];
    if (last && last.changed === changed) last.text += char;
    else out.push({ text: char, changed });
  });
  return out;
}
