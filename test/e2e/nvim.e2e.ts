import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cliLookup, cliOutline, FIXTURES, ROOT, SHARED_PHRASE } from './support/workspace';

interface ProbeResult {
  errors: string[];
  diagnostics?: { code?: string; message: string; range: { start: { line: number } } }[];
  symbols?: { name: string; children?: unknown[] }[];
  hover?: { contents: { kind: string; value: string } };
}


// A second editor that shares nothing with VS Code: Neovim's own LSP client, attached to the CLI's
// `serve --stdio`, as a user of another editor would set it up.
describe('Neovim (headless, built-in LSP client)', function () {
  let home: string;
  before(() => (home = mkdtempSync(join(tmpdir(), 'law-report-nvim-'))));
  after(() => rmSync(home, { recursive: true, force: true }));

  it('gets diagnostics, document symbols and a corpus hover for a draft', async () => {
    const draft = join(home, '乙县司法局2025年度法治政府建设情况报告.txt');
    const text = readFileSync(join(FIXTURES, 'missing-part.txt'), 'utf8');
    writeFileSync(draft, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(SHARED_PHRASE));
    const result = await probe(draft, line, lines[line].indexOf(SHARED_PHRASE) + 2);

    assert.deepEqual(result.errors, []);
    const codes = result.diagnostics!.map((d) => d.code);
    assert.deepEqual(codes, ['missing-part'], JSON.stringify(result.diagnostics));
    assert.deepEqual(
      result.symbols!.map((s) => s.name),
      cliOutline(draft).map((s) => s.name),
    );
    assert.ok(result.symbols!.some((s) => (s.children ?? []).length > 0), 'no nested symbols');
    const hover = result.hover!.contents.value;
    const found = cliLookup(SHARED_PHRASE);
    assert.match(hover, new RegExp(`\\*\\*${SHARED_PHRASE}\\*\\*`));
    for (const file of new Set(found.hits.map((h) => h.file))) {
      assert.ok(hover.includes(file.split('/').pop()!), `no passage from ${file} in:\n${hover}`);
    }
  });

  async function probe(file: string, line: number, character: number): Promise<ProbeResult> {
    const out = join(home, 'probe.json');
    const env = {
      ...process.env,
      PROBE_CLI: join(ROOT, 'dist', 'cli', 'law-report.js'),
      PROBE_FILE: file,
      PROBE_OUT: out,
      PROBE_LINE: String(line),
      PROBE_CHARACTER: String(character),
    };
    try {
      await promisify(execFile)('nvim', ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'nvim', 'probe.lua')}`], { env, timeout: 90_000 });
    } catch (e) {
      const written = (() => { try { return readFileSync(out, 'utf8'); } catch { return '(nothing written)'; } })();
      throw new Error(`Neovim failed: ${(e as Error).message}\n${written}`);
    }
    return JSON.parse(readFileSync(out, 'utf8')) as ProbeResult;
  }
});
