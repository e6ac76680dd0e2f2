import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Report } from './report/model';
import { parseReport } from './report/parseReport';
import type { RuleSettings } from './rules/runRules';

interface Entry {
  version: number;
  report: Report;
  /** The rules' findings for this version, with the settings they were made under. */
  diagnostics?: { settings: RuleSettings; items: Diagnostic[] };
}

/**
 * One parse per document version: every feature of that version reads the same model. The rules'
 * findings are kept too, since pulls, pushes and every code-action request (the light bulb asks at
 * each cursor move) want the same list.
 */
export class ReportCache {
  private readonly entries = new Map<string, Entry>();

  get(document: TextDocument): Report {
    return this.entry(document).report;
  }

  diagnostics(document: TextDocument, settings: RuleSettings, compute: (report: Report) => Diagnostic[]): Diagnostic[] {
    const entry = this.entry(document);
    if (entry.diagnostics?.settings !== settings) entry.diagnostics = { settings, items: compute(entry.report) };
    return entry.diagnostics.items;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  private entry(document: TextDocument): Entry {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version) return entry;
    const fresh: Entry = { version: document.version, report: parseReport(document.getText()) };
    this.entries.set(document.uri, fresh);
    return fresh;
  }
}
