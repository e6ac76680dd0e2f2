import * as l10n from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type CompletionItem, CompletionItemKind, type Position, type Range } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { isPhraseUnit } from '../corpus/phraseChars';
import { isHighSurrogate } from '../text/chars';
import type { Report } from '../report/model';
import { headingMarkerCompletions } from './headingMarkerCompletion';

/** The longest tail of the typed text looked up, and the shortest. */
const MAX_TYPED = 8;
const MIN_TYPED = 2;
/** Units read after each occurrence before cutting at a word boundary. */
const LOOK_AHEAD = 12;
/** Places examined per completion (a sample spread over the corpus). */
const SAMPLE = 2000;
/** Continuations segmented into words; the most frequent raw ones. */
const CANDIDATES = 40;
const ITEMS = 10;
/** Counting the reports of a phrase every report uses would scan the whole corpus: stop here. */
const COUNT_UP_TO = 1000;

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/**
 * Completion: at a line start, the next heading markers; after two or more characters, the
 * continuations of the typed text that corpus reports use (法律顾 → 法律顾问制度), ranked by how
 * many reports use them. None once `token` is cancelled: the corpus scans stop.
 */
export function corpusCompletions(
  document: TextDocument,
  report: Report,
  position: Position,
  index: CorpusIndex | undefined,
  token?: CancellationToken,
): CompletionItem[] {
  const line = report.lines[position.line];
  if (!line || token?.isCancellationRequested) return [];
  const offset = Math.min(document.offsetAt(position), line.end);
  const markers = headingMarkerCompletions(document, report, position.line, offset);
  if (markers.length > 0 || !index) return markers;
  return continuations(document, report.text, offset, line.start, index, token);
}

function continuations(document: TextDocument, text: string, offset: number, lineStart: number, index: CorpusIndex, token: CancellationToken | undefined): CompletionItem[] {
  let runStart = offset;
  while (runStart > lineStart && offset - runStart < MAX_TYPED && isPhraseUnit(text, runStart - 1)) runStart--;
  // Never start inside a surrogate pair.
  if (runStart < offset && runStart > lineStart && isHighSurrogate(text.charCodeAt(runStart - 1))) runStart++;
  if (offset - runStart < MIN_TYPED) return [];
  for (const from of keyStarts(text.slice(runStart, offset)).map((k) => runStart + k)) {
    const typed = text.slice(from, offset);
    const found = index.find(typed, { sample: SAMPLE, token });
    if (token?.isCancellationRequested) return [];
    if (found.occurrences.length === 0) continue;
    const suggestions = rankContinuations(index, typed, found.occurrences, token);
    if (token?.isCancellationRequested) return [];
    if (suggestions.length === 0) continue;
    const range: Range = { start: document.positionAt(from), end: document.positionAt(offset) };
    return suggestions.map((s, rank) => ({
      label: s.text,
      kind: CompletionItemKind.Text,
      detail: s.documents >= COUNT_UP_TO ? l10n.t('语料中 {0} 份以上报告', COUNT_UP_TO) : l10n.t('语料中 {0} 份报告', s.documents),
      // After the snippets VS Code lists inline (their sort text is z-<prefix>): a prefix typed in full
      // (报告, 一是) offers its template first; heading markers (!0) stay above both.
      sortText: '~' + String(rank).padStart(3, '0'),
      filterText: s.text,
      textEdit: { range, newText: s.text },
    }));
  }
  return [];
}

/**
 * Where the looked-up text may start, best first: the word being typed and the word before it
 * (全面推行法律顾 → 法律顾), which is context enough to be specific and short enough to be common;
 * then shorter tails down to two characters.
 */
function keyStarts(typed: string): number[] {
  const starts = [...segmenter.segment(typed)].map((s) => s.index);
  let first = starts.length >= 2 ? starts[starts.length - 2] : 0;
  for (let i = starts.length - 3; i >= 0 && typed.length - first < MIN_TYPED; i--) first = starts[i];
  const keys = [first];
  for (let k = first + 1; typed.length - k >= MIN_TYPED; k++) keys.push(k);
  return keys;
}

function rankContinuations(
  index: CorpusIndex,
  typed: string,
  occurrences: { offset: number; document: number }[],
  token: CancellationToken | undefined,
): { text: string; documents: number; estimate: number }[] {
  // Raw continuations (up to the next punctuation), counted once per report.
  const raw = new Map<string, { documents: number; last: number }>();
  for (const o of occurrences) {
    const ahead = index.following(o.offset + typed.length, LOOK_AHEAD);
    let end = 0;
    while (end < ahead.length && isPhraseUnit(ahead, end)) end++;
    if (end === 0) continue;
    const key = ahead.slice(0, end);
    const entry = raw.get(key);
    if (!entry) raw.set(key, { documents: 1, last: o.document });
    else if (entry.last !== o.document) {
      entry.documents++;
      entry.last = o.document;
    }
  }
  // Cut each at a word boundary: the rest of the word being typed and one more word. Cuts that meet
  // add up their sampled counts (an estimate, used only to choose which to count exactly).
  const cut = new Map<string, number>();
  for (const [rest, { documents }] of [...raw].sort((a, b) => b[1].documents - a[1].documents).slice(0, CANDIDATES)) {
    const whole = typed + rest;
    const boundaries: number[] = [];
    for (const segment of segmenter.segment(whole)) {
      const end = segment.index + segment.segment.length;
      if (end > typed.length) boundaries.push(end);
      if (boundaries.length === 2) break;
    }
    const end = boundaries[1] ?? boundaries[0];
    if (end !== undefined) cut.set(whole.slice(0, end), (cut.get(whole.slice(0, end)) ?? 0) + documents);
  }
  // Exact report counts for the likeliest few, stopping at COUNT_UP_TO (shown as "1000+").
  return [...cut]
    .sort((a, b) => b[1] - a[1])
    .slice(0, ITEMS)
    .map(([text, estimate]) => ({ text, documents: index.documentCount(text, COUNT_UP_TO, token), estimate }))
    .filter((s) => s.documents > 0)
    .sort((a, b) => b.documents - a.documents || b.estimate - a.estimate || a.text.length - b.text.length || (a.text < b.text ? -1 : 1));
}
