// npm run bench: how long the service takes on the seeds and on generated drafts of 1 MB and 10 MB.
// Prints a table; the README quotes its figures. Timings are medians over repeated runs.
// `npm run bench -- --lsp-hover [runs]` times only the hovers over --stdio (the server must be built),
// so before/after comparisons on a busy machine take a minute, not the whole bench.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusBuilder, type CorpusState, createReportService } from '../server/src/service';
import { analyse, pathologicalInputs } from './pathologicalInputs';
import { generateReport } from './generateReport';
import { corpusFigures, lspHoverPart } from './corpusFigures';
import { formatFigures } from './formatFigures';
import { repeatedFigures } from './repeatedFigures';
import { reviewFigures } from './reviewFigures';
import { ruleFigures } from './ruleFigures';

// Bundled to out/bench/, run from the repository root by npm.
const ROOT = process.cwd();
const SEEDS = join(ROOT, 'seeds');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** One parse + outline + folding of a fresh document version, so nothing comes from the cache. */
function timeOnce(text: string, version: number): number {
  const service = createReportService();
  const document = TextDocument.create('file:///bench.txt', 'law-report', version, text);
  const start = process.hrtime.bigint();
  service.documentSymbols(document);
  service.foldingRanges(document);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function timeOutline(text: string, runs: number, warmUp = 3): number {
  const times: number[] = [];
  // The first runs measure the JIT compiling the parser, not the parser: they are left out.
  for (let i = -warmUp; i < runs; i++) {
    const ms = timeOnce(text, i + warmUp + 1);
    if (i >= 0) times.push(ms);
  }
  return median(times);
}

function serviceFigures(): void {
  const rows: [string, string, string][] = [];
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(SEEDS, name), 'utf8');
    rows.push([`seed ${name}`, `${(text.length / 1024).toFixed(1)} K chars`, `${timeOutline(text, 200).toFixed(3)} ms`]);
  }
  const oneMB = generateReport(SEEDS, 1_000_000);
  const tenMB = generateReport(SEEDS, 10_000_000);
  // 1 MB and 10 MB runs alternate, so a busy moment of the machine and the state of V8's heap (a 1 MB
  // parse run alone, again and again, always finds an empty young generation) weigh on both alike.
  timeOutline(oneMB, 0);
  timeOutline(tenMB, 0, 2);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < 9; i++) {
    small.push(timeOnce(oneMB, 100 + i));
    large.push(timeOnce(tenMB, 200 + i));
    small.push(timeOnce(oneMB, 300 + i));
  }
  const t1 = median(small);
  const t10 = median(large);
  rows.push(['generated report', '1 M chars', `${t1.toFixed(1)} ms`]);
  rows.push(['generated report', '10 M chars', `${t10.toFixed(1)} ms`]);

  console.log('parse + outline + folding (median)');
  for (const [what, size, time] of rows) console.log(`  ${what.padEnd(34)} ${size.padStart(12)} ${time.padStart(12)}`);
  console.log(`  10× input costs ${(t10 / t1).toFixed(1)}× the time (target ≤ 12×); 1 MB target ≤ 20 ms: ${t1 <= 20 ? 'met' : 'NOT met'}`);

  // The checker: every rule on a 10 KB and a 1 MB draft (targets ≤ 2 ms and ≤ 50 ms).
  function timeCheck(text: string, runs: number): number {
    const times: number[] = [];
    for (let i = -3; i < runs; i++) {
      const service = createReportService();
      const document = TextDocument.create('file:///bench.txt', 'law-report', i + 10, text);
      service.report(document); // parsing is measured above; this times the rules alone
      const start = process.hrtime.bigint();
      service.diagnostics(document);
      if (i >= 0) times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return median(times);
  }
  const tenKB = generateReport(SEEDS, 10_000);
  console.log('all rules (median)');
  const checkSmall = timeCheck(tenKB, 101);
  const checkLarge = timeCheck(oneMB, 15);
  console.log(`  ${'generated report'.padEnd(34)} ${'10 K chars'.padStart(12)} ${`${checkSmall.toFixed(2)} ms`.padStart(12)}   target ≤ 2 ms: ${checkSmall <= 2 ? 'met' : 'NOT met'}`);
  console.log(`  ${'generated report'.padEnd(34)} ${'1 M chars'.padStart(12)} ${`${checkLarge.toFixed(1)} ms`.padStart(12)}   target ≤ 50 ms: ${checkLarge <= 50 ? 'met' : 'NOT met'}`);
  ruleFigures(SEEDS);

  // The pathological inputs, each through parse, every rule, outline, folding, a hover and a
  // completion (target ≤ 1 s each); the median of five runs after one unmeasured run.
  console.log('pathological input: everything an editor asks (median)');
  const seedsCorpus = new CorpusBuilder();
  for (const name of readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort()) seedsCorpus.add(name, `file:///${name}`, readFileSync(join(SEEDS, name), 'utf8'));
  const ready: CorpusState = { kind: 'ready', index: seedsCorpus.buildNow() };
  for (const input of pathologicalInputs(SEEDS)) {
    const text = input.make();
    analyse(text, ready);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = process.hrtime.bigint();
      analyse(text, ready);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const ms = median(times);
    console.log(`  ${input.name.padEnd(34)} ${`${(text.length / 1e6).toFixed(2)} M chars`.padStart(12)} ${`${ms.toFixed(0)} ms`.padStart(12)}   target ≤ 1 s: ${ms <= 1000 ? 'met' : 'NOT met'}`);
  }
}

const hoverOnly = process.argv.indexOf('--lsp-hover');
if (hoverOnly >= 0) {
  void lspHoverPart(ROOT, Number(process.argv[hoverOnly + 1]) || 1).catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
} else {
  serviceFigures();
  void corpusFigures(ROOT)
    .then(() => lspHoverPart(ROOT))
    .then(repeatedFigures)
    .then(() => formatFigures(ROOT))
    .then(() => reviewFigures(ROOT))
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    });
}
