import * as l10n from '@vscode/l10n';
import { createReportService, type FingerprintSource, type ReportService, type Severity } from '../service';
import { writeTextFileAtomic } from '../node/readText';
import type { CheckedFile } from './checkedFile';
import { CommandError, Exit, type ExitCode, forEachReportFile, type OpenedReport, parseCommand } from './command';
import { findConfig, readConfig } from './config';
import { formatFindings, formatSummary, formatSummaryCsv } from './printCheck';
import { corpusSources, fileUri, largestShares } from './similar';
import { SEEDS_FOLDER } from '../node/corpus/corpusFolders';

// law-report check: what a reviewer would send back, for one file or a folder of submitted reports.

type Settings = Parameters<ReportService['diagnostics']>[1];

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

export async function check(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommand(args, {
    json: { type: 'boolean' },
    summary: { type: 'boolean' },
    csv: { type: 'boolean' },
    format: { type: 'string' },
    fix: { type: 'boolean' },
    config: { type: 'string' },
    corpus: { type: 'string', multiple: true },
    'no-seeds': { type: 'boolean' },
  });
  const format = outputFormat(values);
  const service = createReportService();
  const results: CheckedFile[] = [];
  const sources: FingerprintSource[] = [];
  const { readFailed } = await forEachReportFile(positionals, (report) => {
    sources.push({ text: report.read.text, organisation: service.report(report.document).title?.organisation ?? null });
    const settings = readConfig(findConfig(report.file, values.config), (m) => process.stderr.write(m + '\n'));
    const result = checkFile(service, report, settings, values.fix === true);
    results.push(result);
    if (format === 'text') process.stdout.write(formatFindings(result));
  });
  if (format === 'json') process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  else if (format === 'summary' || format === 'csv') {
    const shares = await repeatedShares(results, sources, [...(values['no-seeds'] ? [] : [SEEDS_FOLDER]), ...(values.corpus ?? [])]);
    process.stdout.write(format === 'csv' ? formatSummaryCsv(results, shares) : formatSummary(results, shares));
  }
  if (readFailed) return Exit.usageOrRead;
  return results.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? Exit.no : Exit.ok;
}

const FORMATS = ['text', 'json', 'summary', 'csv'] as const;
type Format = (typeof FORMATS)[number];

/** `--format` names the output; `--json`, `--csv` and `--summary` are its short forms (`--csv --summary` is the CSV). */
function outputFormat(values: { json?: boolean; summary?: boolean; csv?: boolean; format?: string }): Format {
  if (values.format !== undefined) {
    if ((FORMATS as readonly string[]).includes(values.format)) return values.format as Format;
    throw new CommandError(l10n.t('--format 只能是 {0}，而不是“{1}”', FORMATS.join(' | '), values.format), true);
  }
  return values.json ? 'json' : values.csv ? 'csv' : values.summary ? 'summary' : 'text';
}

/** The summary's 重复 column: each report's largest share found in one other checked report or corpus report. */
async function repeatedShares(results: CheckedFile[], sources: FingerprintSource[], corpusFolders: string[]): Promise<number[]> {
  const corpus = await corpusSources(corpusFolders, new Set(results.map((r) => fileUri(r.file))));
  return largestShares([...sources, ...corpus.reports], sources.length);
}

/** One report's findings, parts and title; with `fix`, safe fixes are written back first (plain text only). */
export function checkFile(service: ReportService, report: OpenedReport, settings: Settings, fix: boolean): CheckedFile {
  let document = report.document;
  if (fix) {
    const { encoding } = report.read;
    if (encoding) {
      document = service.fixAll(document, settings);
      if (document.getText() !== report.read.text) writeTextFileAtomic(report.file, document.getText(), encoding);
    } else {
      process.stderr.write(l10n.t('{0}：只有纯文本文件能就地修复，此文件只检查、未修改', report.file) + '\n');
    }
  }
  const diagnostics = service.diagnostics(document, settings);
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

/** The text of a line, so a reviewer can find a finding in Word or a PDF reader with Ctrl+F. */
function lineText(document: OpenedReport['document'], line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
}

