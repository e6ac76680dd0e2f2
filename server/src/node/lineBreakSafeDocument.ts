import type { Range, TextDocumentsConfiguration } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';

// TextDocument.update keeps its line table up to date piece by piece, and counts one line too many
// when an edit joins a \r and a \n into one CRLF (a \n typed right after a lone \r, a \r inserted before
// a \n). The text stays right but every position after it is off by a line: outline and diagnostics
// drift away from the draft. Editing in a CR or mixed-ending draft from another editor does this. Such
// an edit rebuilds the document's line table from its text; every other edit keeps the fast incremental update.

/** The document configuration the server's TextDocuments use. */
export const lineBreakSafeDocument: TextDocumentsConfiguration<TextDocument> = {
  create: TextDocument.create,
  update(document, changes, version) {
    for (const change of changes) {
      const risky = 'range' in change && change.range !== undefined && joinsOrSplitsCrlf(document, change);
      TextDocument.update(document, [change], version);
      // At once, not after the batch: the next change's positions are read through this line table.
      if (risky) document = TextDocument.create(document.uri, document.languageId, version, document.getText());
    }
    return document;
  },
};

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
