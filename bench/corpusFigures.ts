import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createReportService, lookup } from '../server/src/service';
import { isPhraseUnit } from '../server/src/service/corpus/phraseChars';
import { loadCorpus } from '../server/src/node/corpus/corpusLoader';
import { listReportFiles } from '../server/src/node/files/listReportFiles';
import { seededRandom, seedLines } from './generateReport';
import { makeCorpus } from './makeCorpus';
import { type HoverFigures, hoverSummary, lspHoverFigures } from './lspHover';

// The corpus part of npm run bench: 10,000 generated reports (about 60 MB), indexed as the server
// would, then hovers, completions and look-ups timed at a few hundred positions. lspHoverPart then times
// hovers from a client of the built server (npm run bench builds it first).

const REPORTS = 10_000;
const POSITIONS = 300;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function heapNow(): number | undefined {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return undefined;
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external; // external includes the typed arrays' buffers
}

function line(what: string, value: string, target: string, met: boolean | undefined): void {
  console.log(`  ${what.padEnd(40)} ${value.padStart(14)}   ${target}${met === undefined ? '' : met ? ': met' : ': NOT met'}`);
}

export async function corpusFigures(root: string): Promise<void> {
  const folder = join(root, '.bench', 'corpus');
  const started = performance.now();
  makeCorpus(join(root, 'seeds'), folder, REPORTS);
  const made = performance.now() - started;
  const bytes = (await listReportFiles([folder])).files.reduce((sum, f) => sum + f.size, 0);

  const before = heapNow();
  const t0 = performance.now();
  const loaded = await loadCorpus([folder]);
  const buildMs = performance.now() - t0;
  const after = heapNow();
  const { index } = loaded;
  const memory = before !== undefined && after !== undefined ? after - before : undefined;

  console.log(`corpus: ${index.documents.length} generated reports in .bench/corpus (${(bytes / 1e6).toFixed(1)} MB on disk, ${(index.textLength / 1e6).toFixed(1)} M characters; generated or checked in ${(made / 1000).toFixed(1)} s)`);
  line('index build (read, parse, index)', `${(buildMs / 1000).toFixed(2)} s`, 'target ≤ 10 s', buildMs <= 10_000);
  if (memory === undefined) line('index memory', 'n/a', 'run node with --expose-gc', undefined);
  else line('index memory', `${(memory / 1e6).toFixed(0)} MB`, `${(memory / bytes).toFixed(2)}× the corpus text; target ≤ 3×`, memory <= 3 * bytes);
  console.log(`  (typed arrays: ${(index.byteLength() / 1e6).toFixed(0)} MB)`);

  // Drafts: the seeds' own lines (phrases the corpus shares) and made-up text (phrases it lacks).
  const service = createReportService();
  const random = seededRandom(11);
  const lines = seedLines(join(root, 'seeds')).filter((l) => l.length > 20);
  const novel = Array.from({ length: 400 }, () => String.fromCharCode(0x4e00 + Math.floor(random() * 0x5000))).join('');
  const drafts = [...lines.slice(0, 60), novel].map((text, i) => TextDocument.create(`file:///bench/draft${i}.txt`, 'law-report', 1, text));
  const pick = () => drafts[random() < 0.85 ? Math.floor(random() * (drafts.length - 1)) : drafts.length - 1];

  /** Times `ask` at POSITIONS positions (after 30 unmeasured ones) and prints the median and p99. */
  const timeAt = (what: string, targetMs: number, offsetIn: (text: string) => number, ask: (document: TextDocument, offset: number) => unknown) => {
    const times: number[] = [];
    for (let i = -30; i < POSITIONS; i++) {
      const document = pick();
      const offset = offsetIn(document.getText());
      const t = performance.now();
      ask(document, offset);
      if (i >= 0) times.push(performance.now() - t);
    }
    const p99 = percentile(times, 0.99);
    line(`${what}, median`, `${percentile(times, 0.5).toFixed(2)} ms`, '', undefined);
    line(`${what}, p99`, `${p99.toFixed(2)} ms`, `target ≤ ${targetMs} ms`, p99 <= targetMs);
  };
  const state = { kind: 'ready' as const, index };
  timeAt('hover (in process)', 5, (text) => Math.floor(random() * text.length), (document, offset) => service.hover(document, document.positionAt(offset), state));
  // Completion after 2 to 8 characters of a phrase, as a writer pauses mid-sentence.
  const afterSomeCharacters = (text: string) => {
    let offset = Math.floor(random() * text.length);
    while (offset < text.length && !isPhraseUnit(text, offset)) offset++;
    return Math.min(text.length, offset + 2 + Math.floor(random() * 7));
  };
  timeAt('completion', 10, afterSomeCharacters, (document, offset) => service.completion(document, document.positionAt(offset), index));

  const phrases: string[] = [];
  while (phrases.length < 20) {
    const text = lines[Math.floor(random() * lines.length)];
    const start = Math.floor(random() * (text.length - 8));
    const phrase = text.slice(start, start + 4 + Math.floor(random() * 5));
    if ([...phrase].every((_, k) => isPhraseUnit(phrase, k))) phrases.push(phrase);
  }
  phrases.push('量子纠缠');
  // A look-up as a reader meets it: the counts over the whole corpus and the first page of passages
  // (the search command asks for 200, a hover shows 5); and, for the CLI, every hit with its passage.
  const time = (run: () => unknown) => {
    run();
    const t = performance.now();
    run();
    return performance.now() - t;
  };
  const firstPage = percentile(phrases.map((phrase) => time(() => lookup(index, phrase, { maxHits: 50 }))), 0.5);
  const everyHit = percentile(phrases.map((phrase) => time(() => lookup(index, phrase))), 0.5);
  const hits = percentile(phrases.map((phrase) => index.find(phrase).occurrences.length), 0.5);
  line('lookup: counts + 50 passages, median', `${firstPage.toFixed(2)} ms`, '', undefined);
  line('lookup: every hit with passage, median', `${everyHit.toFixed(2)} ms`, `median ${hits} hits per phrase`, undefined);
  const lookupMs = firstPage;

  if (spawnSync('rg', ['--version']).status === 0) {
    const scans = phrases.map((phrase) => {
      const t = performance.now();
      spawnSync('rg', ['-F', '-c', phrase, folder], { maxBuffer: 1 << 26 });
      return performance.now() - t;
    });
    const rgMs = percentile(scans, 0.5);
    line('rg -F -c over the same folder, median', `${rgMs.toFixed(1)} ms`, `lookup is ${(rgMs / lookupMs).toFixed(0)}× faster; target ≥ 100×`, rgMs / lookupMs >= 100);
  } else {
    console.log('  (ripgrep not installed: no rg comparison)');
  }
  // Keep the index alive until here, so the memory figure measured it whole.
  if (index.documents.length === 0) console.log('empty corpus');

}

function printLspHover(hovers: HoverFigures): void {
  for (const [what, times] of [['hover over LSP', hovers.all], ['hover over LSP, title lines', hovers.title], ['hover over LSP, empty line (no corpus)', hovers.empty]] as const) {
    const { median, p99, max } = hoverSummary(times);
    line(`${what}, median`, `${median.toFixed(2)} ms`, `max ${max.toFixed(1)} ms`, undefined);
    line(`${what}, p99`, `${p99.toFixed(2)} ms`, times === hovers.empty ? 'the floor: protocol and machine' : 'target ≤ 5 ms', times === hovers.empty ? undefined : p99 <= 5);
  }
  if (hovers.handled) {
    const { median, p99, max } = hoverSummary(hovers.handled);
    line('the server\'s own handling, median', `${median.toFixed(2)} ms`, `max ${max.toFixed(1)} ms`, undefined);
    line('the server\'s own handling, p99', `${p99.toFixed(2)} ms`, 'LAW_REPORT_TIMING=1: the rest is protocol and machine', undefined);
  }
}

/**
 * The hover as an editor sees it: request to reply over --stdio, title lines included, `runs` times
 * with a fresh server each. Run after corpusFigures has returned, so the index it built in this
 * process is garbage and collected first: a collection of it in the middle would be timed as hovers.
 */
export async function lspHoverPart(root: string, runs = 1): Promise<void> {
  const folder = join(root, '.bench', 'corpus');
  makeCorpus(join(root, 'seeds'), folder, REPORTS);
  for (let run = 1; run <= runs; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    if (runs > 1) console.log(`hover over --stdio, run ${run} of ${runs} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
    printLspHover(await lspHoverFigures(join(root, 'seeds'), folder));
  }
}
