import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver/node';

// Findings about a half-typed sentence are noise: a comma typed half-width is usually corrected a
// keystroke later. Punctuation and artifact findings on the lines of the latest edit wait until the
// writer pauses (or edits elsewhere, which moves "the latest edit").
const HELD_BACK_CODES = new Set(['punctuation', 'artifact']);

interface Edit {
  fromLine: number;
  toLine: number;
  at: number;
}

export class TypingLines {
  private readonly texts = new Map<string, string>();
  private readonly edits = new Map<string, Edit>();

  constructor(readonly pauseMs: number) {}

  /** Records which lines the change from the previous version touched. */
  changed(document: TextDocument, now = Date.now()): void {
    const before = this.texts.get(document.uri);
    const after = document.getText();
    this.texts.set(document.uri, after);
    if (before === undefined) return;
    const max = Math.min(before.length, after.length);
    let prefix = 0;
    while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
    let suffix = 0;
    while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
    if (prefix === after.length && before.length === after.length) return;
    this.edits.set(document.uri, {
      fromLine: document.positionAt(prefix).line,
      toLine: document.positionAt(after.length - suffix).line,
      at: now,
    });
  }

  forget(uri: string): void {
    this.texts.delete(uri);
    this.edits.delete(uri);
  }

  /** The diagnostics to show now, and in how many ms the held-back ones are due (0: none held). */
  filter(uri: string, diagnostics: Diagnostic[], now = Date.now()): { shown: Diagnostic[]; dueInMs: number } {
    const edit = this.edits.get(uri);
    if (!edit || now - edit.at >= this.pauseMs) return { shown: diagnostics, dueInMs: 0 };
    const shown = diagnostics.filter(
      (d) => !(HELD_BACK_CODES.has(String(d.code)) && d.range.end.line >= edit.fromLine && d.range.start.line <= edit.toLine),
    );
    return { shown, dueInMs: shown.length === diagnostics.length ? 0 : edit.at + this.pauseMs - now };
  }
}
