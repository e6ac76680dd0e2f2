import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position } from 'vscode-languageserver-types';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { phraseAtCursor } from '../corpus/phraseAtCursor';
import type { Report } from '../report/model';

/** Corpus places listed at most: enough for any real question, bounded for a huge corpus. */
const MAX_REFERENCES = 2000;

/**
 * Find All References on a phrase: the phrase the hover would show (the longest span the corpus
 * shares), found in every corpus report and in the drafts open in the editor.
 */
export function corpusReferences(document: TextDocument, report: Report, position: Position, index: CorpusIndex, openDrafts: TextDocument[]): Location[] {
  const line = report.lines[position.line];
  if (!line) return [];
  const chosen = phraseAtCursor(index, report.text, document.offsetAt(position), line.start, line.end);
  if (!chosen) return [];
  const phrase = chosen.phrase;
  const locations: Location[] = [];
  for (const draft of openDrafts) {
    const text = draft.getText();
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      locations.push({ uri: draft.uri, range: { start: draft.positionAt(at), end: draft.positionAt(at + phrase.length) } });
    }
  }
  const open = new Set(openDrafts.map((d) => d.uri));
  for (const o of index.find(phrase, { maxHits: MAX_REFERENCES }).occurrences) {
    const { document: d, line: l, character } = index.position(o.offset, o.document);
    // A corpus file open in the editor was already searched as it stands there.
    if (open.has(index.documents[d].uri)) continue;
    locations.push({ uri: index.documents[d].uri, range: { start: { line: l, character }, end: { line: l, character: character + phrase.length } } });
  }
  return locations;
}
