import * as l10n from '@vscode/l10n';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createReportService, type FixData, MAX_FINDINGS_PER_RULE, nonOverlapping, type ReportService, type Severity } from '../service';
import { writeTextFileAtomic } from '../node/readText';
import type { CheckedFile } from './checkedFile';
import { Exit, type ExitCode, forEachReportFile, type OpenedReport, parseCommand } from './command';
import { findConfig, readConfig } from './config';
import { formatFindings, formatSummary } from './printCheck';

// law-report check: what a reviewer would send back, for one file or a folder of submitted reports.

type Settings = Parameters<ReportService['diagnostics']>[1];

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const MAX_FIX_ROUNDS = 3;
/** Enough for 100,000 findings of one rule a round at a time; a bound all the same. */
const MAX_CAPPED_ROUNDS = 100;

export async function check(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommand(args, {
    json: { type: 'boolean' },
    summary: { type: 'boolean' },
    fix: { type: 'boolean' },
    config: { type: 'string' },
  });
  const service = createReportService();
  const results: CheckedFile[] = [];
  const { readFailed } = await forEachReportFile(positionals, (report) => {
    const settings = readConfig(findConfig(report.file, values.config), (m) => process.stderr.write(m + '\n'));
    const result = checkFile(service, report, settings, values.fix === true);
    results.push(result);
    if (!values.json && !values.summary) process.stdout.write(formatFindings(result));
  });
  if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else if (values.summary) process.stdout.write(formatSummary(results));
  if (readFailed) return Exit.usageOrRead;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? Exit.no : Exit.ok;
}

function checkFile(service: ReportService, report: OpenedReport, settings: Settings, fix: boolean): CheckedFile {
  let document = report.document;
  let diagnostics = service.diagnostics(document, settings);
  if (fix) {
    const { encoding } = report.read;
    if (encoding) {
      ({ document, diagnostics } = applySafeFixes(service, document, diagnostics, settings));
      if (document.getText() !== report.read.text) writeTextFileAtomic(report.file, document.getText(), encoding);
    } else {
      process.stderr.write(l10n.t('{0}：只有纯文本文件能就地修复，此文件只检查、未修改', report.file) + '\n');
    }
  }
  const parsed = service.report(document);
  const present = service.parts(document);
  return {
    file: report.file,
    title: parsed.title?.text ?? null,
    year: parsed.year,
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

/** `--fix`: every safe fix, in rounds, and the findings of the fixed text. */
function applySafeFixes(service: ReportService, document: TextDocument, diagnostics: Diagnostic[], settings: Settings): { document: TextDocument; diagnostics: Diagnostic[] } {
  // A fix may bring a new finding, so a few rounds; a round in which a rule listed only its first
  // MAX_FINDINGS_PER_RULE findings does not count, so a draft with 5,000 half-width commas is fixed whole.
  for (let round = 0, extra = 0; round < MAX_FIX_ROUNDS + extra && extra < MAX_CAPPED_ROUNDS; round++) {
    if (someRuleCapped(diagnostics)) extra++;
    const edits = nonOverlapping(diagnostics.flatMap((d) => safeFix(d)?.edits ?? []));
    if (edits.length === 0) break;
    document = TextDocument.create(document.uri, 'law-report', document.version + 1, TextDocument.applyEdits(document, edits));
    diagnostics = service.diagnostics(document, settings);
  }
  return { document, diagnostics };
}

/** A rule said more than it listed (its 1,000 findings and the note). */
function someRuleCapped(diagnostics: Diagnostic[]): boolean {
  const counts = new Map<unknown, number>();
  for (const d of diagnostics) counts.set(d.code, (counts.get(d.code) ?? 0) + 1);
  return [...counts.values()].some((n) => n > MAX_FINDINGS_PER_RULE);
}

function lineText(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

function safeFix(diagnostic: Diagnostic): FixData | undefined {
  const data = diagnostic.data as FixData | undefined;
  return data?.safe ? data : undefined;
}
