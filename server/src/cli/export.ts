import * as l10n from '@vscode/l10n';
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createReportService, exportConcerns, exportDocx } from '../service';
import { ConfigError, findConfig, readConfig } from './config';
import { UnreadableFileError } from '../node/readText';
import { openReport } from './openReport';

// law-report export: a draft as a 公文-formatted .docx (GB/T 9704-2012), next to it by default.

const EXIT_OK = 0;
const EXIT_EXISTS = 1;
/** --strict: a draft with errors or warnings is not exported. */
const EXIT_HAS_PROBLEMS = 1;
const EXIT_USAGE_OR_READ = 2;

export async function exportCommand(args: string[], usage: () => string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, force: { type: 'boolean' }, strict: { type: 'boolean' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage()}\n`);
    return EXIT_USAGE_OR_READ;
  }
  if (parsed.positionals.length !== 1) {
    process.stderr.write(l10n.t('请给出一个要导出的报告文件') + '\n' + usage() + '\n');
    return EXIT_USAGE_OR_READ;
  }
  const input = parsed.positionals[0];
  const output = parsed.values.output ?? join(dirname(input), basename(input, extname(input)) + '.docx');
  if (resolve(output) === resolve(input)) {
    process.stderr.write(l10n.t('{0}：输出文件不能是报告文件本身', output) + '\n');
    return EXIT_USAGE_OR_READ;
  }

  let text: string;
  try {
    text = openReport(input).decoded.text;
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    process.stderr.write(error.message + '\n');
    return EXIT_USAGE_OR_READ;
  }
  // The export goes ahead (the writer asked for it) but says what is still wrong; --strict refuses.
  let settings;
  try {
    settings = readConfig(findConfig(input, undefined), (m) => process.stderr.write(m + '\n'));
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(error.message + '\n');
    return EXIT_USAGE_OR_READ;
  }
  const findings = createReportService().diagnostics(TextDocument.create(input, 'law-report', 1, text), settings);
  const concerns = exportConcerns(findings.map((d) => ({ code: d.code, severe: (d.severity ?? DiagnosticSeverity.Error) <= DiagnosticSeverity.Warning })));
  if (concerns && parsed.values.strict) {
    process.stderr.write(l10n.t('{0}：{1}{2}', input, concerns.message, l10n.t('未导出（--strict）。')) + '\n');
    return EXIT_HAS_PROBLEMS;
  }
  const bytes = await exportDocx(text);
  try {
    // 'wx' fails if the file exists: checked and created in one step, so nothing slips in between.
    writeFileSync(output, bytes, { flag: parsed.values.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EEXIST') {
      process.stderr.write(l10n.t('{0}：文件已存在，未覆盖（要覆盖请加 --force）', output) + '\n');
      return EXIT_EXISTS;
    }
    process.stderr.write(l10n.t('{0}：无法写入（{1}）', output, (error as Error)?.message ?? String(error)) + '\n');
    return EXIT_USAGE_OR_READ;
  }
  if (concerns) process.stderr.write(l10n.t('{0}：{1}{2}', input, concerns.message, l10n.t('仍已导出；运行 law-report check 查看。')) + '\n');
  process.stdout.write(l10n.t('已导出：{0}', output) + '\n');
  return EXIT_OK;
}
