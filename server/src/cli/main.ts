import * as l10n from '@vscode/l10n';
import { cliLanguage, useLocale } from '../node/locale';
import { check } from './check';
import { CommandError, Exit, type ExitCode } from './command';
import { exportCommand } from './export';
import { lookup } from './lookup';
import { outline } from './outline';
import { review } from './review';
import { serve } from './serve';
import { similar } from './similar';
import { usage } from './usage';
import { version } from '../../../package.json';

// law-report: the command-line front over the same service as the language server.

/** Each resolves to the exit code, or to undefined while a server keeps the process running. */
const COMMANDS = new Map<string, (args: string[]) => Promise<ExitCode> | ExitCode | undefined>([
  ['outline', outline],
  ['check', check],
  ['lookup', lookup],
  ['export', exportCommand],
  ['similar', similar],
  ['review', review],
  ['serve', serve],
]);

export async function main(argv: string[]): Promise<ExitCode | undefined> {
  // --lang (anywhere) or LAW_REPORT_LANG: Chinese unless the user chooses otherwise.
  const { locale, args } = cliLanguage(argv);
  useLocale(locale);
  const [command, ...rest] = args;
  const run = command === undefined ? undefined : COMMANDS.get(command);
  if (run) {
    try {
      return await run(rest);
    } catch (error) {
      if (!(error instanceof CommandError)) throw error;
      process.stderr.write(error.message + '\n' + (error.showUsage ? usage() + '\n' : ''));
      return Exit.usageOrRead;
    }
  }
  switch (command) {
    case '--version':
    case '-v':
      process.stdout.write(`${version}\n`);
      return Exit.ok;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(usage() + '\n');
      return command === undefined ? Exit.usageOrRead : Exit.ok;
    default:
      process.stderr.write(l10n.t('未知命令：{0}', command) + '\n' + usage() + '\n');
      return Exit.usageOrRead;
  }
}

// `law-report lookup 法治 | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

void main(process.argv.slice(2)).then((code) => {
  if (code !== undefined) process.exitCode = code;
});
