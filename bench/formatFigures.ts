import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createReportService, exportDocx } from '../server/src/service';
import { loadCorpus } from '../server/src/node/corpus/corpusLoader';
import { readReportBytes } from '../server/src/node/files/reportFileKinds';
import { generateReport } from './generateReport';

// The Word and PDF part of npm run bench: a 100-page report (about 60,000 characters) exported to
// .docx and converted by LibreOffice to .doc and PDF, each read and checked; then a corpus of
// 1,000 PDFs built. Skipped, with a line saying so, where LibreOffice is not installed.

const PDF_CORPUS = 1000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function convert(files: string[], target: string, dir: string): void {
  const profile = pathToFileURL(join(dir, 'profile')).href;
  const result = spawnSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', target, '--outdir', dir, ...files], { encoding: 'utf8', timeout: 300_000 });
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
}

export async function formatFigures(root: string): Promise<void> {
  console.log('Word and PDF reports: read + every rule (median of 5, after one unmeasured run)');
  if (spawnSync('sh', ['-c', 'command -v soffice']).status !== 0) {
    console.log('  skipped: LibreOffice (soffice) not found; it makes the .doc and PDF files');
    return;
  }
  const dir = join(root, '.bench', 'formats');
  const stamp = join(dir, '.stamp');
  if (!existsSync(stamp)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report100.docx'), await exportDocx(generateReport(join(root, 'seeds'), 60_000)));
    const small: string[] = [];
    for (let i = 0; i < 10; i++) {
      const path = join(dir, `small${i}.docx`);
      writeFileSync(path, await exportDocx(generateReport(join(root, 'seeds'), 2000, i + 1, `XX市第${i + 1}局2024年度法治政府建设情况报告`)));
      small.push(path);
    }
    convert([join(dir, 'report100.docx')], 'doc', dir);
    convert([join(dir, 'report100.docx'), ...small], 'pdf', dir);
    writeFileSync(stamp, 'v1');
  }
  const service = createReportService();
  const targets: Record<string, number> = { docx: 500, doc: 500, pdf: 1500 };
  for (const extension of ['docx', 'doc', 'pdf']) {
    const path = join(dir, `report100.${extension}`);
    const bytes = readFileSync(path);
    const times: number[] = [];
    let chars = 0;
    for (let i = -1; i < 5; i++) {
      const start = performance.now();
      const read = await readReportBytes(bytes, path);
      if ('problem' in read) throw new Error(read.problem);
      service.diagnostics(TextDocument.create(`file:///bench${i}.${extension}`, 'law-report', 1, read.text));
      if (i >= 0) times.push(performance.now() - start);
      chars = read.text.length;
    }
    const ms = median(times);
    const target = targets[extension];
    console.log(`  ${`100-page .${extension}`.padEnd(34)} ${`${(chars / 1000).toFixed(0)} K chars`.padStart(12)} ${`${ms.toFixed(0)} ms`.padStart(12)}   target ≤ ${target} ms: ${ms <= target ? 'met' : 'NOT met'}`);
  }

  const corpus = join(dir, 'pdf-corpus');
  rmSync(corpus, { recursive: true, force: true });
  for (let i = 0; i < PDF_CORPUS; i++) {
    const sub = join(corpus, String(Math.floor(i / 100)).padStart(2, '0'));
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    copyFileSync(join(dir, `small${i % 10}.pdf`), join(sub, `report-${String(i).padStart(4, '0')}.pdf`));
  }
  const start = performance.now();
  const skipped: string[] = [];
  const { index } = await loadCorpus([corpus], { log: (line) => skipped.push(line) });
  const seconds = (performance.now() - start) / 1000;
  console.log(`  ${'corpus of 1,000 PDFs (3 pages each)'.padEnd(34)} ${`${index.documents.length} indexed`.padStart(12)} ${`${seconds.toFixed(1)} s`.padStart(12)}${skipped.length ? `   (${skipped.length} skipped)` : ''}`);
}
