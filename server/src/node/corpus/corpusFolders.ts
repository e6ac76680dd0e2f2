import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled example reports ship beside the server bundle (dist/server → seeds). */
export const SEEDS_FOLDER = join(__dirname, '..', '..', 'seeds');

export interface CorpusSettings {
  folders?: unknown;
  includeSeeds?: unknown;
}

/**
 * The folders to index from the user's settings: `~` is the home folder, a relative path is taken
 * from the first workspace folder. Anything that is not a string is ignored.
 */
export function corpusFolders(settings: CorpusSettings | undefined, workspaceRoot: string | undefined, seeds = SEEDS_FOLDER): { all: string[]; user: string[] } {
  const user = (Array.isArray(settings?.folders) ? settings.folders : [])
    .filter((f): f is string => typeof f === 'string' && f.trim() !== '')
    .map((f) => f.trim())
    .map((f) => (f === '~' || f.startsWith('~/') ? join(homedir(), f.slice(1)) : f))
    .map((f) => (isAbsolute(f) ? f : resolve(workspaceRoot ?? process.cwd(), f)));
  const unique = [...new Set(user)];
  const all = settings?.includeSeeds === false ? unique : [seeds, ...unique.filter((f) => f !== seeds)];
  return { all, user: unique };
}

export function workspaceRootOf(params: { rootUri?: string | null; workspaceFolders?: { uri: string }[] | null }): string | undefined {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  if (!uri?.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
