/**
 * A replacement of `text.slice(start, end)` by `newText`, in UTF-16 offsets into the whole text: what the
 * rules' fixes are made of. LSP's TextEdit (line and character ranges) is made from it at the edge,
 * when a fix goes to an editor.
 */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/**
 * The edits in text order, without overlaps: of two edits that overlap, the one that starts first (or,
 * at one start, the shorter: an insertion before a replacement) is kept. One workspace edit, or one
 * application, takes such a set.
 */
export function nonOverlapping(edits: readonly OffsetEdit[]): OffsetEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: OffsetEdit[] = [];
  let end = -1;
  for (const edit of sorted) {
    if (edit.start < end) continue;
    out.push(edit);
    end = edit.end;
  }
  return out;
}

/** `text` with the edits applied, as an editor would apply them in one workspace edit (see nonOverlapping). */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of nonOverlapping(edits)) {
    parts.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
