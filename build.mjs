// Bundles the extension client, the language server and the CLI with esbuild: one file each, so
// the .vsix ships no node_modules and the CLI starts fast.
import { rmSync } from 'node:fs';
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
