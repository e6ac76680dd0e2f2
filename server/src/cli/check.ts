import * as l10n from '@vscode/l10n';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createReportService, type FixData, MAX_FINDINGS_PER_RULE, nonOverlapping, type PartNumber, type ReportService, type Severity } from '../service';
import { UnreadableFileError, writeTextFileAtomic } from '../node/readText';
import { collectFiles } from './collectFiles';
import { ConfigError, findConfig, readConfig } from './config';
import { openReport } from './openReport';
import { formatFindings, formatSummary } from './printCheck';

// law-report check: what a reviewer would send back, for one file or a folder of submitted reports.

export interface CheckedDiagnostic {
  code: string;
  severity: Severity;
  /** 1-based; columns count UTF-16 code units, as editors' LSP positions do. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** The text of the finding's line, so a reviewer can find it in Word or a PDF reader with Ctrl+F. */
  excerpt: string;
}

export interface CheckedFile {
  file: string;
  title: string | null;
  year: number | null;
  parts: Record<PartNumber, boolean>;
  diagnostics: CheckedDiagnostic[];
}

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const MAX_FIX_ROUNDS = 3;
/** Enough for 100,000 findings of one rule a round at a time; a bound all the same. */
const MAX_CAPPED_ROUNDS = 100;

/** A rule said more than it listed (its 1,000 findings and the note). */
function someRuleCapped(diagnostics: Diagnostic[]): boolean {
  const counts = new Map<unknown, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts.values()].some((n) => n > MAX_FINDINGS_PER_RULE);
}

export function check(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, summary: { type: 'boolean' }, fix: { type: 'boolean' }, config: { type: 'string' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const files = collectFiles(parsed.positionals);
  if (files.length === 0) {
    process.stderr.write(l10n.t('没有要处理的文件：请给出报告文件或文件夹') + '\n');
    return 2;
  }
  const service = createReportService();
  const results: CheckedFile[] = [];
  let readFailed = false;
  for (const file of files) {
    try {
      const settings = readConfig(findConfig(file, parsed.values.config), (m) => process.stderr.write(m + '\n'));
      const result = checkFile(service, file, settings, parsed.values.fix === true);
      results.push(result);
      if (!parsed.values.json && !parsed.values.summary) process.stdout.write(formatFindings(result));
    } catch (error) {
      if (error instanceof ConfigError) {
        process.stderr.write(error.message + '\n');
        return 2;
      }
      if (!(error instanceof UnreadableFileError)) throw error;
      process.stderr.write(error.message + '\n');
      readFailed = true;
    }
  }
  if (parsed.values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else if (parsed.values.summary) process.stdout.write(formatSummary(results));
  if (readFailed) return 2;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function checkFile(service: ReportService, file: string, settings: Parameters<ReportService['diagnostics']>[1], fix: boolean): CheckedFile {
  const opened = openReport(file);
  const decoded = opened.decoded;
  let document = opened.document;
  let diagnostics = service.diagnostics(document, settings);
  if (fix) {
    // A fix may bring a new finding, so a few rounds; a round in which a rule listed only its first
    // MAX_FINDINGS_PER_RULE findings does not count, so a draft with 5,000 half-width commas is fixed whole.
    for (let round = 0, extra = 0; round < MAX_FIX_ROUNDS + extra && extra < MAX_CAPPED_ROUNDS; round++) {
      if (someRuleCapped(diagnostics)) extra++;
      const edits = nonOverlapping(diagnostics.flatMap((d) => safeFix(d)?.edits ?? []));
      if (edits.length === 0) break;
      document = TextDocument.create(document.uri, 'law-report', document.version + 1, TextDocument.applyEdits(document, edits));
      diagnostics = service.diagnostics(document, settings);
    }
    if (document.getText() !== decoded.text) writeTextFileAtomic(file, document.getText(), decoded);
  }
  const report = service.report(document);
  const present = service.parts(document);
  return {
    file,
    title: report.title?.text ?? null,
    year: report.year,
    parts: { 1: present.has(1), 2: present.has(2), 3: present.has(3), 4: present.has(4), 5: present.has(5) },
    diagnostics: diagnostics.map((d) => ({
      code: String(d.code),
      severity: SEVERITY_NAMES[d.severity ?? 1],
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      message: d.message,
      excerpt: lineText(document, d.range.start.line),
    })),
  };
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

function safeFix(diagnostic: Diagnostic): FixData | undefined {
  const data = diagnostic.data as FixData | undefined;
  return data?.safe ? data : undefined;
}
