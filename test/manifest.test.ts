import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_RULES, looksLikeReport, RULES } from '../server/src/service';
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

  it('gives every rule a setting a Chinese user can read: a title, what it finds with an example, its default and each level described', () => {
    const properties = manifest.contributes.configuration.properties;
    const zh = nls('');
    const en = nls('.en');
    const key = (ref: string) => ref.slice(1, -1);
    for (const rule of [...RULES, ...CORPUS_RULES]) {
      const setting = properties[`lawReport.rules.${rule.code}`];
      assert.ok(setting, rule.code);
      // The dropdown shows the level in force when nothing is set.
      assert.equal(setting.default, rule.defaultSeverity, rule.code);
      assert.deepEqual(setting.enum, ['error', 'warning', 'information', 'hint', 'off']);
      assert.deepEqual(setting.enumDescriptions.map((d: string) => zh[key(d)]), ['错误', '警告', '信息', '提示', '关闭']);
      assert.deepEqual(setting.enumDescriptions.map((d: string) => en[key(d)]), ['Error', 'Warning', 'Information', 'Hint', 'Off']);
      const description = zh[key(setting.markdownDescription)];
      assert.match(description, /^\*\*[\u4e00-\u9fff]+\*\*：/, `${rule.code}: no Chinese title`);
      assert.match(description, /例如/, `${rule.code}: no example`);
      assert.match(en[key(setting.markdownDescription)], /^\*\*[A-Z][^*]+\*\*: .*e\.g\./, `${rule.code}: English`);
    }
    // No setting for a rule that does not exist.
    const settings = Object.keys(properties).filter((k) => k.startsWith('lawReport.rules.'));
    assert.deepEqual(settings.sort(), [...RULES, ...CORPUS_RULES].map((r) => `lawReport.rules.${r.code}`).sort());
  });

  it('offers the language setting, Chinese by default', () => {
    const language = manifest.contributes.configuration.properties['lawReport.language'];
    assert.equal(language.default, 'zh-CN');
    assert.deepEqual(language.enum, ['zh-CN', 'en', 'auto']);
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
