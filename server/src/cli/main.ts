import * as l10n from '@vscode/l10n';
import { parseArgs } from 'node:util';
import { createReportService, type OutlineFile } from '../service';
import { cliLanguage, useLocale } from '../node/locale';
import { UnreadableFileError } from '../node/readText';
import { check } from './check';
import { lookup } from './lookup';
import { exportCommand } from './export';
import { collectFiles } from './collectFiles';
import { openReport } from './openReport';
import { formatOutline } from './printOutline';
import { version } from '../../../package.json';

// law-report: the command-line front over the same service as the language server.

const EXIT_OK = 0;
const EXIT_USAGE_OR_READ = 2;

function usage(): string {
  return [
    l10n.t('用法：'),
    l10n.t('  law-report outline 文件或文件夹... [--json]   打印报告的章节大纲'),
    l10n.t('  law-report check 文件或文件夹... [--json] [--summary] [--fix] [--config 配置文件]   检查报告（有“错误”级问题时退出码为 1）'),
    l10n.t('  law-report lookup 词句 [--corpus 文件夹]... [--no-seeds] [--json]   在语料（随附范例和指定文件夹）中查找词句（找不到时退出码为 1）'),
    l10n.t('  law-report export 文件 [-o 输出.docx] [--force] [--strict]   导出为符合 GB/T 9704-2012 公文格式的 Word 文档（默认与原文件同名同目录；已存在时须加 --force 才覆盖；报告还有错误或警告时照常导出并提示，加 --strict 则不导出）'),
    l10n.t('  law-report serve --stdio                     以语言服务器方式运行（供 Neovim、Emacs、Helix 等编辑器使用）'),
    l10n.t('  law-report --version | --help'),
    l10n.t('  --lang zh-CN|en|auto（或环境变量 LAW_REPORT_LANG）  输出语言，默认中文；auto 跟随系统语言'),
  ].join('\n');
}

/** Returns the exit code (a promise of it for commands that read a corpus), or undefined while a server keeps running. */
export function main(argv: string[]): number | Promise<number> | undefined {
  const { locale, args } = cliLanguage(argv);
  useLocale(locale);
  const [command, ...rest] = args;
  switch (command) {
    case 'outline':
      return outline(rest);
    case 'check':
      return check(rest);
    case 'lookup':
      return lookup(rest, usage);
    case 'export':
      return exportCommand(rest, usage);
    case 'serve':
      return serve(rest);
    case '--version':
    case '-v':
      process.stdout.write(`${version}\n`);
      return EXIT_OK;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(usage() + '\n');
      return command === undefined ? EXIT_USAGE_OR_READ : EXIT_OK;
    default:
      process.stderr.write(l10n.t('未知命令：{0}', command) + '\n' + usage() + '\n');
      return EXIT_USAGE_OR_READ;
  }
}

function outline(args: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${usage()}\n`);
    return EXIT_USAGE_OR_READ;
  }
  const files = collectFiles(parsed.positionals);
  if (files.length === 0) {
    process.stderr.write(l10n.t('没有要处理的文件：请给出报告文件或文件夹') + '\n');
    return EXIT_USAGE_OR_READ;
  }
  const service = createReportService();
  const results: OutlineFile[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const { document } = openReport(file);
      const result = service.outline(file, document);
      results.push(result);
      if (!parsed.values.json) process.stdout.write(formatOutline(result) + '\n\n');
    } catch (error) {
      if (!(error instanceof UnreadableFileError)) throw error;
      process.stderr.write(error.message + '\n');
      failed = true;
    }
  }
  if (parsed.values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
  return failed ? EXIT_USAGE_OR_READ : EXIT_OK;
}

function serve(args: string[]): number | undefined {
  if (!args.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    process.stderr.write(l10n.t('serve 需要指定传输方式，例如 --stdio') + '\n');
    return EXIT_USAGE_OR_READ;
  }
  // Loaded only here, so `outline` does not pay for the protocol library's start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../node/server') as typeof import('../node/server')).startServer();
  return undefined;
}

// `law-report lookup 法治 | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  if (code !== undefined) process.exitCode = code;
});
