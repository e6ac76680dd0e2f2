import { nonOverlapping, type OffsetEdit } from '../text/offsetEdits';
import type { Fix } from './ruleTypes';

/**
 * The findings whose fix is safe to apply without looking, and those fixes' edits, in text order and
 * without overlaps. The one choice behind the fix-all action, `check --fix` and the export's clean copy.
 */
export function safeFixes<T extends { fix?: Fix }>(findings: readonly T[]): { findings: T[]; edits: OffsetEdit[] } {
  const safe = findings.filter((f) => f.fix?.safe);
  return { findings: safe, edits: nonOverlapping(safe.flatMap((f) => f.fix!.edits)) };
}
