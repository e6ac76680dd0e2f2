import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Report } from './report/model';
import { parseReport } from './report/parseReport';

/** One parse per document version: every feature of that version reads the same model. */
export class ReportCache {
  private readonly entries = new Map<string, { version: number; report: Report }>();

  get(document: TextDocument): Report {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version) return entry.report;
    const report = parseReport(document.getText());
    this.entries.set(document.uri, { version: document.version, report });
    return report;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
