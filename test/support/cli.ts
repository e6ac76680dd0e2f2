import { spawnSync } from 'node:child_process';
import { requireBuild } from './built';
import { ROOT } from './documents';

/** Runs the CLI as a user would, in a Chinese shell with no language chosen unless `env` says otherwise. */
export function runCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [requireBuild(), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', LC_MESSAGES: '', LAW_REPORT_LANG: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
