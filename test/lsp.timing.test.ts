import * as assert from 'node:assert/strict';
import { StdioServer, until } from './support/lspClient';

// LAW_REPORT_TIMING=1: the server says on stderr how long each hover took, for tracing a slow reply;
// without it, stderr stays quiet.
describe('the language server\'s timing lines', function () {
  this.timeout(20000);
  const uri = 'file:///tmp/timed.txt';

  async function hoverOnce(timing: boolean): Promise<string> {
    const saved = process.env.LAW_REPORT_TIMING;
    if (timing) process.env.LAW_REPORT_TIMING = '1';
    else delete process.env.LAW_REPORT_TIMING;
    const server = new StdioServer();
    if (saved === undefined) delete process.env.LAW_REPORT_TIMING;
    else process.env.LAW_REPORT_TIMING = saved;
    try {
      await server.initialize('zh-cn');
      await server.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'law-report', version: 1, text: '一、主要举措和成效\n全面推行法律顾问制度。\n' },
      });
      await until('the seeds index', async () => ((await server.connection.sendRequest('lawReport/lookup', { phrase: '法治' })) as { ready: boolean }).ready || undefined);
      const hover = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 5 } });
      assert.ok(hover, 'the hover answers either way');
      return server.stderr;
    } finally {
      await server.stop();
    }
  }

  it('logs each hover with its position, wall-clock start and duration, and its corpus part', async () => {
    const stderr = await hoverOnce(true);
    const line = stderr.split('\n').find((l) => l.startsWith('timing hover 1:5 '));
    assert.ok(line, stderr);
    const [, at, ms] = /at=([\d.]+) ms=([\d.]+)$/.exec(line)!;
    assert.ok(Math.abs(Number(at) - Date.now()) < 60_000, `a wall-clock stamp: ${at}`);
    assert.ok(Number(ms) >= 0);
    assert.match(stderr, /^timing hover\.phrase at=[\d.]+ ms=[\d.]+$/m);
  });

  it('logs nothing without LAW_REPORT_TIMING', async () => {
    assert.doesNotMatch(await hoverOnce(false), /timing/);
  });
});
