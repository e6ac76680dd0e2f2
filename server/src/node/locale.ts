import * as l10n from '@vscode/l10n';
import english from '../../../l10n/bundle.l10n.en.json';

// Messages are written in Chinese in the source (the users' language); English comes from a bundle
// keyed by the Chinese text, used when the editor or the shell runs in English.
export function useLocale(locale: string | undefined): void {
  l10n.config({ contents: isEnglish(locale) ? english : {} });
}

export function isEnglish(locale: string | undefined): boolean {
  return /^en(?:[-_.@]|$)/i.test(locale ?? "");
}

/** The shell's language: LC_ALL, then LC_MESSAGES, then LANG (C and POSIX say nothing). */
export function shellLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value && value !== 'C' && value !== 'POSIX') return value;
  }
  return undefined;
}
