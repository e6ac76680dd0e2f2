import type { Report } from '../report/model';
import { artifact } from '../rules/artifact';
import type { TextEdit } from '../rules/ruleTypes';

/**
 * The draft's text with what the artifact rule finds (Word bookmarks, web chrome, runs of spaces,
 * trailing whitespace) taken out by that rule's own fixes, so the export and the checker never
 * disagree on what an artifact is. The draft itself is not touched: this is a copy.
 */
export function withoutArtifacts(report: Report): string {
  const edits = artifact
    .check(report)
    .flatMap((finding) => (finding.fix?.safe ? finding.fix.edits : []))
    .sort((a, b) => a.start - b.start);
  return applyEdits(report.text, edits);
}

/** Applies edits sorted by start; one that overlaps an earlier one is skipped. */
function applyEdits(text: string, edits: TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    out += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return out + text.slice(at);
}
