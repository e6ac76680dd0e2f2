import type { CancellationToken } from '../cancellation';
import type { Span } from '../report/model';
import { organsOf, type FingerprintIndex, type FingerprintSource } from './fingerprintIndex';
import { firstUnitAtOrAfter, originalSpan, prepareText, sharedRuns, type PreparedText, type SharedRun, withOpeningMarks } from './sharedText';

export interface RepeatedOptions {
  /** Characters of one shared passage (years, figures and punctuation aside) before a paragraph is a finding. */
  minLength: number;
  /** Sources compared in full: those with the most fingerprints in common with the draft. */
  maxSources?: number;
}

/** A paragraph of the draft that one source report already holds. */
export interface RepeatedParagraph {
  /** The paragraph, as offsets into the draft. */
  paragraph: Span;
  /** Characters of the paragraph found in the source (punctuation inside a shared stretch included). */
  repeated: number;
  /** repeated / the paragraph's length, from 0 to 1. */
  share: number;
  source: number;
  /** The longest shared stretch, in the draft and in the source's text. */
  draftSpan: Span;
  sourceSpan: Span;
}

export interface RepeatedResult {
  paragraphs: RepeatedParagraph[];
  /** Per compared source, the share of the draft's text found in it, most first. */
  sources: { source: number; share: number }[];
}

/**
 * What the draft repeats from the reports of `index`: each source is read through `sourceOf`, which
 * answers null for a report that must not count (the draft's own file). Common wording, found in the
 * reports of many organs, is not counted.
 */
export function findRepeated(
  draft: { text: string; organisation: string | null; paragraphs: readonly Span[] },
  index: FingerprintIndex,
  sourceOf: (document: number) => FingerprintSource | null,
  options: RepeatedOptions,
  token?: CancellationToken,
): RepeatedResult {
  const prepared = prepareText(draft.text, organsOf(draft));
  const common = new Map<number, boolean>();
  const isCommon = (hash: number): boolean => {
    let answer = common.get(hash);
    if (answer === undefined) common.set(hash, (answer = index.isCommon(index.range(hash))));
    return answer;
  };
  const votes = new Map<number, number>();
  for (const hash of prepared.hashes) {
    const range = index.range(hash);
    if (range.from === range.to || isCommon(hash)) continue;
    for (let i = range.from; i < range.to; i++) {
      const document = index.documentAt(i);
      votes.set(document, (votes.get(document) ?? 0) + 1);
    }
  }
  const candidates = [...votes.entries()]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([document]) => document);

  const compared: { source: number; text: PreparedText; runs: SharedRun[] }[] = [];
  for (const document of candidates) {
    if (compared.length >= (options.maxSources ?? 3) || token?.isCancellationRequested) break;
    const source = sourceOf(document);
    if (!source) continue;
    const text = prepareText(source.text, organsOf(source));
    compared.push({ source: document, text, runs: sharedRuns(prepared, text, isCommon) });
  }

  const skeleton = prepared.skeleton;
  const totalUnits = skeleton.units.length;
  const sources = compared
    .map(({ source, runs }) => ({ source, share: totalUnits === 0 ? 0 : unitsIn(runs, 0, totalUnits) / totalUnits }))
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share);

  const paragraphs: RepeatedParagraph[] = [];
  for (const paragraph of draft.paragraphs) {
    const from = firstUnitAtOrAfter(skeleton, paragraph.start);
    const to = firstUnitAtOrAfter(skeleton, paragraph.end);
    if (to <= from) continue;
    let best: RepeatedParagraph | null = null;
    for (const { source, text, runs } of compared) {
      let repeated = 0;
      let longest: { run: SharedRun; from: number; to: number; length: number } | null = null;
      for (const run of runs) {
        const a = Math.max(run.from, from);
        const b = Math.min(run.to, to);
        if (b <= a) continue;
        const span = originalSpan(skeleton, a, b);
        const length = span.end - span.start;
        repeated += length;
        if (!longest || length > longest.length) longest = { run, from: a, to: b, length };
      }
      // A finding needs one passage of minLength characters: scattered stock phrases do not add up to one.
      if (!longest || longest.length < options.minLength || (best && repeated <= best.repeated)) continue;
      const offset = longest.from - longest.run.from;
      const sourceFrom = Math.min(longest.run.otherFrom + offset, text.skeleton.units.length - 1);
      const sourceTo = Math.min(sourceFrom + (longest.to - longest.from), text.skeleton.units.length);
      best = {
        paragraph,
        repeated,
        share: Math.min(1, repeated / Math.max(1, paragraph.end - paragraph.start)),
        source,
        draftSpan: widened(draft.text, originalSpan(skeleton, longest.from, longest.to), paragraph.start),
        sourceSpan: widened(text.text, originalSpan(text.skeleton, sourceFrom, sourceTo)),
      };
    }
    if (best) paragraphs.push(best);
  }
  return { paragraphs, sources };
}

function widened(text: string, span: Span, floor = 0): Span {
  return { start: withOpeningMarks(text, span.start, floor), end: span.end };
}

/** Skeleton units of the runs that fall in [from, to). */
function unitsIn(runs: readonly SharedRun[], from: number, to: number): number {
  let total = 0;
  for (const run of runs) total += Math.max(0, Math.min(run.to, to) - Math.max(run.from, from));
  return total;
}
