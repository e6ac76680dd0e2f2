import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export const CODE_SERVER_VERSION = '4.100.3';

/** Where install-tools.sh put code-server (shared by runs, like any tool cache). */
export function codeServerBinary(): string {
  const cache = process.env.LAW_REPORT_E2E_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'law-report-e2e');
  return join(cache, `code-server-${CODE_SERVER_VERSION}`, 'node_modules', '.bin', 'code-server');
}

export interface CodeServer {
  url: string;
  /** The folder of this run: profile, extensions, logs. */
  home: string;
  extensionsDir: string;
  /** code-server's own output, for a failure message. */
  output(): string;
  stop(): Promise<void>;
}

// A fresh profile per run: no state from an earlier run or from the user's own code-server can leak in.
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'editor.hover.delay': 300,
  // The Outline must show every level at once for the nesting to be read from it.
  'outline.collapseItems': 'alwaysExpand',
  'window.restoreWindows': 'none',
};

export async function startCodeServer(vsix: string, extraSettings: Record<string, unknown> = {}): Promise<CodeServer> {
  const binary = codeServerBinary();
  const home = mkdtempSync(join(tmpdir(), 'law-report-e2e-'));
  const userData = join(home, 'user-data');
  const extensionsDir = join(home, 'extensions');
  const ownTmp = join(home, 'tmp');
  for (const dir of [join(userData, 'User'), extensionsDir, ownTmp]) mkdirSync(dir, { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...extraSettings }, null, 2));
  const common = ['--config', join(home, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', extensionsDir];
  // code-server leaves sockets in TMPDIR: each run gets its own.
  const env = { ...process.env, TMPDIR: ownTmp };

  execFileSync(binary, [...common, '--install-extension', vsix], { env, stdio: 'pipe' });
  if (!readdirSync(extensionsDir).some((name) => name.startsWith('law-report.law-report-'))) {
    throw new Error(`the .vsix did not install into ${extensionsDir}`);
  }

  const port = await freePort();
  let log = '';
  // Its own process group, so stop() ends code-server and every extension host and server it started.
  const child: ChildProcess = spawn(
    binary,
    // The UI language is pinned: without a language pack the workbench is English anyway, and the
    // extension's own strings must follow the same language in every run.
    [...common, '--locale', 'en', '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
      '--disable-getting-started-override', '--ignore-last-opened'],
    { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    signalGroup(child.pid!, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    signalGroup(child.pid!, 'SIGKILL'); // children that outlived the parent
  };
  try {
    await waitForHealth(url, child, () => log);
  } catch (e) {
    await stop();
    throw e;
  }
  return { url, home, extensionsDir, output: () => log, stop };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited (${child.exitCode}):\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer on ${url} within 60 s:\n${log()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The extension host's log lines of this run (activation, errors), for a failure message. */
export function extensionHostLog(home: string): string {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/exthost|法治|lawReport/i.test(entry.name)) found.push(`== ${entry.name}\n${readFileSync(path, 'utf8')}`);
    }
  };
  try {
    walk(join(home, 'user-data', 'logs'));
  } catch {
    // no logs yet
  }
  return found.join('\n');
}
