import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeReport } from '../server/src/service';
import { readSeed, ROOT, seedNames } from './support/documents';

const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const nls = (suffix: string) => JSON.parse(readFileSync(join(ROOT, `package.nls${suffix}.json`), 'utf8'));

/** VS Code's filenamePatterns are globs; * is the only wildcard ours use. */
const globMatches = (glob: string, name: string) =>
  new RegExp('^' + glob.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$').test(name);

describe('the extension manifest', () => {
  const language = manifest.contributes.languages[0];

  it('contributes the law-report language, named 法治政府建设年度报告 in the UI', () => {
    assert.equal(language.id, 'law-report');
    assert.equal(nls('')[language.aliases[0].slice(1, -1)], '法治政府建设年度报告');
  });

  it('opens a file named like 2025年度法治政府建设情况报告.txt in it', () => {
    const name = '2025年度法治政府建设情况报告.txt';
    assert.ok(language.filenamePatterns.some((g: string) => globMatches(g, name)));
    assert.ok(!language.filenamePatterns.some((g: string) => globMatches(g, '会议纪要.txt')));
  });

  it('switches plaintext files whose opening lines read as a report, and no others', () => {
    for (const seed of seedNames()) assert.ok(looksLikeReport(readSeed(seed)), seed);
    assert.ok(!looksLikeReport('会议纪要\n\n一、会议议定事项\n（一）关于经费问题。'));
    assert.ok(!looksLikeReport('README\nThis is a plain text file about 报告 writing.'));
  });

  it('names every command and setting in Chinese and in English', () => {
    const keys = JSON.stringify(manifest.contributes).match(/%[\w.]+%/g)!.map((k) => k.slice(1, -1));
    for (const key of [...keys, 'displayName', 'description']) {
      assert.ok(nls('')[key], `zh ${key}`);
      assert.ok(nls('.en')[key], `en ${key}`);
    }
    assert.equal(nls('')['command.newReport'], '新建年度报告');
    assert.equal(nls('')['command.useForFile'], '将当前文件作为年度报告');
    assert.equal(nls('')['command.category'], '法治报告');
  });

  it("runs in untrusted workspaces with the workspace's corpus folders withheld, and says so in both languages", () => {
    const untrusted = manifest.capabilities.untrustedWorkspaces;
    assert.equal(untrusted.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['lawReport.corpus.folders']);
    // The restricted setting is one the extension really contributes.
    assert.ok(manifest.contributes.configuration.properties[untrusted.restrictedConfigurations[0]]);
    const key = untrusted.description.slice(1, -1);
    assert.match(nls('')[key], /不受信任/);
    assert.match(nls('.en')[key], /untrusted/);
  });

  it('runs in VS Code 1.100 (code-server 4.100.3) and ships the seeds', () => {
    assert.match(manifest.engines.vscode, /^\^1\.(\d+)\./);
    assert.ok(Number(/^\^1\.(\d+)\./.exec(manifest.engines.vscode)![1]) <= 100);
    assert.equal(manifest.devDependencies['@types/vscode'], '1.100.0');
    assert.match(readFileSync(join(ROOT, '.vscodeignore'), 'utf8'), /^!seeds\/\*\*$/m);
  });
});
