import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Report } from './report/model';
import { parseReport } from './report/parseReport';
import { type Diagnosis, type RuleSettings, runRules } from './rules/runRules';

interface Entry {
  version: number;
  report: Report;
  /** The rules' findings for this version, with the settings they were made under. */
  checked?: Checked;
}

interface Checked {
  settings: RuleSettings;
  findings: Diagnosis[];
  /** The same as LSP diagnostics, made when first asked for (`check --fix` rounds never ask). */
  diagnostics?: Diagnostic[];
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

  /** The rules' findings, computed once per document version and settings object. */
  findings(document: TextDocument, settings: RuleSettings): Diagnosis[] {
    return this.checked(document, settings).findings;
  }

  /** The findings as LSP diagnostics, converted by `convert` once per document version and settings object. */
  diagnostics(document: TextDocument, settings: RuleSettings, convert: (findings: Diagnosis[]) => Diagnostic[]): Diagnostic[] {
    const checked = this.checked(document, settings);
    checked.diagnostics ??= convert(checked.findings);
    return checked.diagnostics;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  private checked(document: TextDocument, settings: RuleSettings): Checked {
    const entry = this.entry(document);
    if (entry.checked?.settings !== settings) entry.checked = { settings, findings: checkReport(entry.report, settings) };
    return entry.checked;
  }

  private entry(document: TextDocument): Entry {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version) return entry;
    const fresh: Entry = { version: document.version, report: parseReport(document.getText()) };
    this.entries.set(document.uri, fresh);
    return fresh;
  }
}

/** The rules' findings on a report, none before the draft has begun. */
export function checkReport(report: Report, settings: RuleSettings): Diagnosis[] {
  return hasBegun(report) ? runRules(report, settings) : [];
}

/**
 * A draft has begun once it has a title or a numbered heading. A file just created (or a few words typed
 * into it) is not yet a draft: listing every part and the title as missing at once says nothing the
 * writer does not know.
 */
function hasBegun(report: Report): boolean {
  return report.title !== null || report.allSections.some((s) => s.kind === 'heading');
}
