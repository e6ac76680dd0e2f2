import * as l10n from '@vscode/l10n';
import english from '../../../l10n/bundle.l10n.en.json';

// Messages are written in Chinese in the source (the users' language); English comes from a bundle
// keyed by the Chinese text, used when the writer asks for it.
let current: 'en' | 'zh-CN' = 'zh-CN';

export function useLocale(locale: string | undefined): void {
  current = isEnglish(locale) ? 'en' : 'zh-CN';
  l10n.config({ contents: current === 'en' ? english : {} });
}

/** The language messages are written in now (a page's lang attribute). */
export function messageLanguage(): 'en' | 'zh-CN' {
  return current;
}

export function isEnglish(locale: string | undefined): boolean {
  return /^en(?:[-_.@]|$)/i.test(locale ?? "");
}

/**
 * The language messages are written in, from the `lawReport.language` setting (or the CLI's --lang /
 * LAW_REPORT_LANG): `en`, `zh-CN`, or `auto` to follow the editor's (or shell's) own locale.
 * Chinese unless asked otherwise: the users write Chinese reports whatever language their editor runs in.
 */
export function chosenLocale(setting: unknown, environmentLocale: string | undefined): string {
  if (typeof setting === 'string') {
    if (setting.toLowerCase() === 'auto') return environmentLocale ?? 'zh-CN';
    if (isEnglish(setting)) return 'en';
  }
  return 'zh-CN';
}

/** The shell's language: LC_ALL, then LC_MESSAGES, then LANG (C and POSIX say nothing). */
export function shellLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value && value !== 'C' && value !== 'POSIX') return value;
  }
  return undefined;
}

/**
 * The CLI's language: `--lang zh-CN|en|auto` (anywhere on the command line, taken out of it), else
 * LAW_REPORT_LANG, else Chinese; `auto` follows the shell. Returns the arguments left for the command.
 */
export function cliLanguage(argv: string[], env: NodeJS.ProcessEnv = process.env): { locale: string; args: string[] } {
  const args: string[] = [];
  let setting: string | undefined = env.LAW_REPORT_LANG;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang' && i + 1 < argv.length) setting = argv[++i];
    else if (arg.startsWith('--lang=')) setting = arg.slice('--lang='.length);
    else args.push(arg);
  }
  return { locale: chosenLocale(setting, shellLocale(env)), args };
}
