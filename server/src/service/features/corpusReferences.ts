import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import { type CancellationToken, STEPS_BETWEEN_CHECKS } from '../cancellation';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { phraseAtCursor } from '../corpus/phraseAtCursor';
import type { Report } from '../report/model';

/** Corpus places listed at most: enough for any real question, bounded for a huge corpus. */
const MAX_REFERENCES = 2000;

/**
 * Find All References on a phrase: the phrase the hover would show (the longest span the corpus
 * shares), found in every corpus report and in the drafts open in the editor. None once `token` is
 * cancelled: the scans stop.
 */
export function corpusReferences(
  document: TextDocument,
  report: Report,
  position: Position,
  index: CorpusIndex,
  openDrafts: TextDocument[],
  token?: CancellationToken,
): Location[] {
  const line = report.lines[position.line];
  if (!line || token?.isCancellationRequested) return [];
  const chosen = phraseAtCursor(index, report.text, document.offsetAt(position), line.start, line.end, token);
  if (!chosen) return [];
  const phrase = chosen.phrase;
  const locations: Location[] = [];
  for (const draft of openDrafts) {
    const text = draft.getText();
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      if (locations.length % STEPS_BETWEEN_CHECKS === STEPS_BETWEEN_CHECKS - 1 && token?.isCancellationRequested) return [];
      locations.push({ uri: draft.uri, range: { start: draft.positionAt(at), end: draft.positionAt(at + phrase.length) } });
    }
  }
  const open = new Set(openDrafts.map((d) => d.uri));
  const found = index.find(phrase, { maxHits: MAX_REFERENCES, token });
  if (token?.isCancellationRequested) return [];
  for (const o of found.occurrences) {
    const { document: d, line: l, character } = index.position(o.offset, o.document);
    // A corpus file open in the editor was already searched as it stands there.
    if (open.has(index.documents[d].uri)) continue;
    locations.push({ uri: index.documents[d].uri, range: { start: { line: l, character }, end: { line: l, character: character + phrase.length } } });
  }
  return locations;
}
