import * as l10n from '@vscode/l10n';
import { createReportService, type ReportService, type Severity } from '../service';
import { writeTextFileAtomic } from '../node/readText';
import type { CheckedFile } from './checkedFile';
import { Exit, type ExitCode, forEachReportFile, type OpenedReport, parseCommand } from './command';
import { findConfig, readConfig } from './config';
import { formatFindings, formatSummary } from './printCheck';

// law-report check: what a reviewer would send back, for one file or a folder of submitted reports.

type Settings = Parameters<ReportService['diagnostics']>[1];

const SEVERITY_NAMES: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

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
    })),
  };
}

