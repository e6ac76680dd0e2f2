import type { Diagnostic } from 'vscode-languageserver/node';
import type { ChangedLines } from './lineBreakSafeDocument';

// Findings about a half-typed sentence are noise: a comma typed half-width is usually corrected a
// keystroke later. Punctuation and artifact findings on the lines of the latest edit wait until the
// writer pauses (or edits elsewhere, which moves "the latest edit").
const HELD_BACK_CODES = new Set(['punctuation', 'artifact']);

interface Edit extends ChangedLines {
  at: number;
}

export class TypingLines {
  private readonly edits = new Map<string, Edit>();

  constructor(readonly pauseMs: number) {}

  /** Records the lines the latest change touched (as the document update reports them). */
  changed(uri: string, lines: ChangedLines, now = Date.now()): void {
    this.edits.set(uri, { ...lines, at: now });
  }

  forget(uri: string): void {
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
