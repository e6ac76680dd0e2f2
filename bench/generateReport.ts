import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// A synthetic report of about `targetChars` characters, made of the seeds' own lines in a shuffled
// order (a fixed seed keeps runs comparable): headings of every level, items and long paragraphs.
export function generateReport(seedsDir: string, targetChars: number, seed = 1): string {
  const lines = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split(/\r?\n/))
    .filter((l) => l.trim().length > 0);
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const out: string[] = ['XX市XX局2024年度法治政府建设情况报告', ''];
  let size = 0;
  while (size < targetChars) {
    const line = lines[Math.floor(random() * lines.length)];
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}
