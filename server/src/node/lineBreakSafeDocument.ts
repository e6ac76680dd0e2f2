import type { Range, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

// TextDocument.update keeps its line table up to date piece by piece, and counts one line too many
// when an edit joins a \r and a \n into one CRLF (a \n typed right after a lone \r, a \r inserted before
// a \n). The text stays right but every position after it is off by a line: outline and diagnostics
// drift away from the draft. Editing in a CR or mixed-ending draft from another editor does this. Such
// an edit rebuilds the document's line table from its text; every other edit keeps the fast incremental update.

/** The lines an edit touched, numbered as in the new version, both ends included. */
export interface ChangedLines {
  fromLine: number;
  toLine: number;
}

/**
 * The document configuration the server's TextDocuments use. `changed` hears, after each update,
 * which lines it touched: the update knows its ranges, so nobody need keep and diff a copy of the text.
 */
export function lineBreakSafeDocument(changed?: (uri: string, lines: ChangedLines) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(document, changes, version) {
      let lines: ChangedLines | undefined;
      for (const change of changes) {
        if (!('range' in change) || change.range === undefined) {
          // The whole text replaced: any line may have changed.
          document = TextDocument.create(document.uri, document.languageId, version, change.text);
          lines = { fromLine: 0, toLine: document.lineCount - 1 };
          continue;
        }
        const { range, text } = change;
        if (text === '' && range.start.line === range.end.line && range.start.character === range.end.character) continue;
        const risky = joinsOrSplitsCrlf(document, change);
        const start = document.offsetAt(range.start);
        const lineCountBefore = document.lineCount;
        TextDocument.update(document, [change], version);
        // At once, not after the batch: the next change's positions are read through this line table.
        if (risky) document = TextDocument.create(document.uri, document.languageId, version, document.getText());
        // Through offsets, so a \r and \n joined into one line break count right.
        const touched = { fromLine: document.positionAt(start).line, toLine: document.positionAt(start + text.length).line };
        lines = lines ? merge(lines, range.start.line, range.end.line, touched, document.lineCount - lineCountBefore) : touched;
      }
      if (lines) changed?.(document.uri, lines);
      return document;
    },
  };
}

/** An earlier change's lines renumbered past a later change (old lines `from`..`to` became `touched`), joined with it. */
function merge(earlier: ChangedLines, from: number, to: number, touched: ChangedLines, delta: number): ChangedLines {
  const renumber = (line: number, inside: number) => (line < from ? line : line > to ? line + delta : inside);
  return {
    fromLine: Math.min(renumber(earlier.fromLine, touched.fromLine), touched.fromLine),
    toLine: Math.max(renumber(earlier.toLine, touched.toLine), touched.toLine),
  };
}

/** Whether applying the change puts a \r right before a \n, or comes between the two. */
function joinsOrSplitsCrlf(document: TextDocument, change: { range: Range; text: string }): boolean {
  const text = document.getText();
  const start = document.offsetAt(change.range.start);
  const end = document.offsetAt(change.range.end);
  const left = text[start - 1];
  const right = text[end];
  const inserted = change.text;
  const first = inserted.length > 0 ? inserted[0] : right;
  const last = inserted.length > 0 ? inserted[inserted.length - 1] : left;
  return (left === '\r' && first === '\n') || (last === '\r' && right === '\n') || (left === '\r' && right === '\n');
}
