// Each rule's time on the bench's generated 1 MB draft: where the "all rules" figure goes. Part of
// npm run bench; `npm run bench:rules` prints this section alone.
import { join } from 'node:path';
import { parseReport } from '../server/src/service/report/parseReport';
import { RULES } from '../server/src/service/rules/registry';
import { generateReport } from './generateReport';

const RUNS = 10;

/** Mean and fastest of `RUNS` runs per rule after three unmeasured ones; the rules alone, without the LSP conversion. */
export function ruleFigures(seedsDir: string, chars = 1_000_000): void {
  const report = parseReport(generateReport(seedsDir, chars));
  const times = new Map<string, number[]>(RULES.map((r) => [r.code, []]));
  const findings = new Map<string, number>();
  // Rule by rule within each round, so a busy moment of the machine falls on every rule alike.
  for (let run = -3; run < RUNS; run++) {
    for (const rule of RULES) {
      const start = process.hrtime.bigint();
      const found = rule.check(report);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (run >= 0) times.get(rule.code)!.push(ms);
      findings.set(rule.code, found.length);
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const rows = RULES.map((r) => ({ code: r.code, mean: mean(times.get(r.code)!), best: Math.min(...times.get(r.code)!), found: findings.get(r.code)! }));
  const total = rows.reduce((sum, r) => sum + r.mean, 0);
  console.log(`each rule on the generated ${(chars / 1e6).toFixed(0)} M chars (mean of ${RUNS} / fastest, rules alone)`);
  for (const r of [...rows].sort((a, b) => b.mean - a.mean)) {
    console.log(`  ${r.code.padEnd(34)} ${`${r.mean.toFixed(2)} ms`.padStart(12)} ${`${r.best.toFixed(2)} ms`.padStart(12)} ${`${r.found} findings`.padStart(16)}`);
  }
  console.log(`  ${'all'.padEnd(34)} ${`${total.toFixed(1)} ms`.padStart(12)}`);
}

// Run on its own (out/bench/ruleFigures.js) rather than bundled into the whole bench.
if (/ruleFigures\.js$/.test(process.argv[1] ?? '')) ruleFigures(join(process.cwd(), 'seeds'));
