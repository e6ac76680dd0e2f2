import * as l10n from '@vscode/l10n';
import { CommandError } from './command';

// law-report serve: the language server for editors other than VS Code.

/** Starts the server, which keeps the process running. */
export function serve(args: string[]): undefined {
  if (!args.some((a) => a === '--stdio' || a.startsWith('--node-ipc') || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    throw new CommandError(l10n.t('serve 需要指定传输方式，例如 --stdio'));
  }
  // Loaded only here, so `outline` does not pay for the protocol library's start-up.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('../node/server') as typeof import('../node/server')).startServer();
  return undefined;
}
