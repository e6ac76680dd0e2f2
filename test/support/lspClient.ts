import { type ChildProcess, spawn } from 'node:child_process';
import {
  createProtocolConnection,
  type ProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { requireBuild } from './built';

/** Extra node options for the server, e.g. LAW_REPORT_SERVER_NODE_ARGS=--cpu-prof to profile it. */
function nodeArguments(): string[] {
  return (process.env.LAW_REPORT_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

/** The built CLI started as `law-report serve --stdio`, as another editor would start it. */
export class StdioServer {
  readonly connection: ProtocolConnection;
  private readonly child: ChildProcess;
  stderr = '';

  constructor() {
    this.child = spawn(process.execPath, [...nodeArguments(), requireBuild(), 'serve', '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr!.on('data', (chunk) => (this.stderr += chunk));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.child.stdout!),
      new StreamMessageWriter(this.child.stdin!),
    );
    this.connection.listen();
  }

  async initialize(
    locale = 'zh-cn',
    textDocument: Record<string, unknown> = {},
    initializationOptions?: unknown,
    capabilities: Record<string, unknown> = {},
    rootUri: string | null = null,
  ): Promise<unknown> {
    const result = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      locale,
      initializationOptions,
      capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, ...textDocument }, ...capabilities },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      // Let the server exit by itself (a --cpu-prof run writes its profile then); kill it if it does not.
      await new Promise<void>((resolve) => {
        if (this.child.exitCode !== null) return resolve();
        const timer = setTimeout(resolve, 2000);
        this.child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}

/** Asks `probe` every 50 ms until it answers something, for up to 10 s (a corpus build, a watched folder). */
export async function until<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
