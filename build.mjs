// Bundles the extension client, the language server and the CLI with esbuild: one file each, so
// the .vsix ships no node_modules and the CLI starts fast.
//
// --if-stale (npm test) bundles only when a file the last bundle read (sources, the libraries it
// took from node_modules, this script, the lock file) is newer than the bundle: a test run after an
// edit of the tests alone, or of nothing, skips the bundle step.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const ifStale = process.argv.includes('--if-stale');
/** What the last bundle read: written by a full build, read by --if-stale. */
const INPUTS = 'dist/.inputs.json';
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Source maps only while developing: the .vsix ships without them.
  sourcemap: watch,
  logLevel: 'warning',
  // Prefer the CommonJS builds: the LSP libraries' ESM entry points need a bundler-specific setup.
  mainFields: ['main', 'module'],
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server/server.js' },
  { ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli/law-report.js', banner: { js: '#!/usr/bin/env node' } },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  copyCMaps();
} else if (ifStale && upToDate()) {
  console.log('bundle up to date (dist/): not rebuilt');
} else {
  rmSync('dist', { recursive: true, force: true });
  const results = await Promise.all(builds.map((options) => esbuild.build({ ...options, metafile: true })));
  const inputs = [...new Set(results.flatMap((result) => Object.keys(result.metafile.inputs)))].sort();
  writeFileSync(INPUTS, JSON.stringify(inputs));
  copyCMaps();
}

/**
 * The PDF reader needs Adobe's CMaps for Chinese text set in fonts that are not embedded (older
 * PDFs): the simplified-Chinese ones only (about 0.3 MB), beside the server and CLI bundles.
 */
function copyCMaps() {
  mkdirSync('dist/pdf-cmaps', { recursive: true });
  for (const name of readdirSync('node_modules/pdfjs-dist/cmaps').filter((n) => /GB/.test(n))) {
    cpSync(`node_modules/pdfjs-dist/cmaps/${name}`, `dist/pdf-cmaps/${name}`);
  }
}

/** True when every bundle exists and is newer than everything the last build read. */
function upToDate() {
  if (!existsSync(INPUTS) || !builds.every((options) => existsSync(options.outfile))) return false;
  const built = Math.min(...builds.map((options) => statSync(options.outfile).mtimeMs));
  const read = [...JSON.parse(readFileSync(INPUTS, 'utf8')), 'build.mjs', 'package-lock.json'];
  // A file gone since (renamed, deleted) means its importer changed too; either way, rebuild.
  return read.every((file) => existsSync(file) && statSync(file).mtimeMs < built);
}
