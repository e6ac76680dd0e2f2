// Bundles the extension client, the language server and the CLI with esbuild: one file each, so
// the .vsix ships no node_modules and the CLI starts fast.
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
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
} else {
  rmSync('dist', { recursive: true, force: true });
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

// The PDF reader needs Adobe's CMaps for Chinese text set in fonts that are not embedded (older PDFs):
// the simplified-Chinese ones only (about 0.3 MB), beside the server and CLI bundles.
mkdirSync('dist/pdf-cmaps', { recursive: true });
for (const name of readdirSync('node_modules/pdfjs-dist/cmaps').filter((n) => /GB/.test(n))) {
  cpSync(`node_modules/pdfjs-dist/cmaps/${name}`, `dist/pdf-cmaps/${name}`);
}
