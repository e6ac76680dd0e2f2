import type { Report } from '../report/model';
import { artifact } from '../rules/artifact';
import { safeFixes } from '../rules/safeFixes';
import { applyEdits } from '../text/offsetEdits';

/**
 * The draft's text with what the artifact rule finds (Word bookmarks, web chrome, runs of spaces,
 * trailing whitespace) taken out by that rule's own fixes, so the export and the checker never
 * disagree on what an artifact is. The draft itself is not touched: this is a copy.
 */
export function withoutArtifacts(report: Report): string {
  return applyEdits(report.text, safeFixes(artifact.check(report)).edits);
}
