import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from './documents';

/** The bundled CLI, which is also the language server (`law-report serve --stdio`). */
export const CLI = join(ROOT, 'dist', 'cli', 'law-report.js');

/**
 * Fails at once when the tests that run the bundle find none, rather than each waiting out its
 * timeout for a process that never starts. `npm test` builds first; a single file run does not.
 */
export function requireBuild(): string {
  if (!existsSync(CLI)) throw new Error(`${relative(ROOT, CLI)} is missing: run npm run build`);
  return CLI;
}
