import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seeds' non-empty lines, in file order. */
export function seedLines(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split(/\r?\n/))
    .filter((l) => l.trim().length > 0);
}

/** A small linear congruential generator: the same seed gives the same corpus on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

// A synthetic report of about `targetChars` characters, made of the seeds' own lines in a shuffled
// order (a fixed seed keeps runs comparable): headings of every level, items and long paragraphs.
export function generateReport(seedsDir: string | string[], targetChars: number, seed = 1, title = 'XX市XX局2024年度法治政府建设情况报告'): string {
  const lines = Array.isArray(seedsDir) ? seedsDir : seedLines(seedsDir);
  const random = seededRandom(seed);
  const out: string[] = [title, ''];
  let size = 0;
  while (size < targetChars) {
    const line = lines[Math.floor(random() * lines.length)];
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

/**
 * A generator whose streams for different seeds do not fall into one another (mulberry32): texts
 * that must share nothing by chance are made with it. (seededRandom's products pass 2^53 and lose
 * their low bits, so its streams for nearby seeds soon coincide.)
 */
export function independentRandom(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
