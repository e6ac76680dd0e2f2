import * as l10n from '@vscode/l10n';
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { createReportService, exportConcerns, exportDocx } from '../service';
import { readReportFile } from '../node/files/readReportFile';
import { CommandError, Exit, type ExitCode, parseCommand, reportDocument } from './command';
import { findConfig, readConfig } from './config';

// law-report export: a draft as a 公文-formatted .docx (GB/T 9704-2012), next to it by default.

export async function exportCommand(args: string[]): Promise<ExitCode> {
  const { values, positionals } = parseCommand(args, {
    output: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    strict: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new CommandError(l10n.t('请给出一个要导出的报告文件'), true);
  const input = positionals[0];
  const output = values.output ?? join(dirname(input), basename(input, extname(input)) + '.docx');
  if (resolve(output) === resolve(input)) throw new CommandError(l10n.t('{0}：输出文件不能是报告文件本身', output));

  const read = await readReportFile(input);
  if ('problem' in read) throw new CommandError(read.problem);
  // The export goes ahead (the writer asked for it) but says what is still wrong; --strict refuses.
  const settings = readConfig(findConfig(input, undefined), (m) => process.stderr.write(m + '\n'));
  const findings = createReportService().diagnostics(reportDocument(input, read.text), settings);
  const concerns = exportConcerns(findings.map((d) => ({ code: d.code, severe: (d.severity ?? DiagnosticSeverity.Error) <= DiagnosticSeverity.Warning })));
  if (concerns && values.strict) {
    process.stderr.write(l10n.t('{0}：{1}{2}', input, concerns.message, l10n.t('未导出（--strict）。')) + '\n');
    return Exit.no;
  }
  const bytes = await exportDocx(read.text);
  try {
    // 'wx' fails if the file exists: checked and created in one step, so nothing slips in between.
    writeFileSync(output, bytes, { flag: values.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'EEXIST') {
      process.stderr.write(l10n.t('{0}：文件已存在，未覆盖（要覆盖请加 --force）', output) + '\n');
      return Exit.no;
    }
    throw new CommandError(l10n.t('{0}：无法写入（{1}）', output, (error as Error)?.message ?? String(error)));
  }
  if (concerns) process.stderr.write(l10n.t('{0}：{1}{2}', input, concerns.message, l10n.t('仍已导出；运行 law-report check 查看。')) + '\n');
  process.stdout.write(l10n.t('已导出：{0}', output) + '\n');
  return Exit.ok;
}
