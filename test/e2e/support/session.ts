import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { type CodeServer, extensionHostLog, startCodeServer } from './codeServer';
import { Workbench } from './workbench';
import { ROOT } from './workspace';

export interface Session {
  server: CodeServer;
  wb: Workbench;
  workspace: string;
}

/**
 * One code-server and one browser for the enclosing describe, with the .vsix installed and `makeWorkspace`'s
 * folder open (trusted or not). A failing step leaves one more screenshot and the extension's log; the
 * run's folder is kept when something failed.
 */
export function codeServerSession(shots: string, makeWorkspace: (home: string) => string, trust = true): () => Session {
  let session: Session | undefined;
  const shotsDir = join(ROOT, '.e2e', shots);

  before(async function () {
    rmSync(shotsDir, { recursive: true, force: true });
    const server = await startCodeServer(join(ROOT, 'law-report.vsix'));
    const workspace = makeWorkspace(server.home);
    session = { server, workspace, wb: await Workbench.open(server.url, workspace, shotsDir, join(server.home, 'browser'), trust) };
  });

  afterEach(async function () {
    if (this.currentTest?.state !== 'failed' || !session) return;
    const shot = await session.wb.shot(`FAILED-${this.currentTest.title.replace(/[^\w]+/g, '-')}`).catch(() => '(no screenshot)');
    console.log(`    screenshot: ${shot}\n${extensionHostLog(session.server.home).slice(-4000)}`);
  });

  after(async function () {
    if (!session) return;
    await session.wb.close();
    await session.server.stop();
    if (this.currentTest?.state !== 'failed') rmSync(session.server.home, { recursive: true, force: true });
  });

  return () => {
    if (!session) throw new Error('the code-server session did not start');
    return session;
  };
}
