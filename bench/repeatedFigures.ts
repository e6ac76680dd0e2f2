import { TextDocument } from 'vscode-languageserver-textdocument';
import { CorpusBuilder } from '../server/src/service';
import { repeatedText } from '../server/src/service/features/repeatedText';
import { parseReport } from '../server/src/service/report/parseReport';
import { FingerprintBuilder } from '../server/src/service/repeated/fingerprintIndex';
import { similarPairs } from '../server/src/service/repeated/similarPairs';
import { independentRandom } from './generateReport';

// The repeated-text part of npm run bench. Its corpus is made of random sentences rather than the
// seeds' shuffled lines: there every line is in thousands of reports of every organ (common wording
// throughout), while real reports are mostly their own text, which is what fills the fingerprint index.

const REPORTS = 10_000;
const REPORT_CHARS = 2_000;
const DRAFT_CHARS = 10_000;
const FOLDER = 1_000;

const WORDS = '法治政府建设推进完善加强落实制度执法监督审查决策规范公开服务管理机制改革创新依法行政责任考核培训宣传普法社会治理安全稳定基层群众企业营商环境数字平台信息案件复议诉讼调解矛盾纠纷风险防范重点领域专项整治';

export function randomReport(seed: number, organisation: string, chars: number): string {
  const random = independentRandom(seed);
  const lines = [`${organisation}2024年度法治政府建设情况报告`, ''];
  let size = 0;
  while (size < chars) {
    const clauses: string[] = [];
    for (let c = 0; c < 4; c++) {
      let clause = '';
      for (let w = 0; w < 8; w++) {
        const at = Math.floor(random() * (WORDS.length - 1));
        clause += WORDS.slice(at, at + 2);
      }
      clauses.push(random() < 0.2 ? `${clause}${Math.floor(random() * 500)}件` : clause);
    }
    const paragraph = `　　${clauses.join('，')}。`;
    lines.push(paragraph);
    size += paragraph.length + 1;
  }
  return lines.join('\n');
}

/** A report carried forward: years moved on, every figure changed. */
export function carriedForward(text: string): string {
  return text.replace(/20\d\d/g, (y) => String(Number(y) + 1)).replace(/(\d+)件/g, (_, n: string) => `${Number(n) + 3}件`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

function line(what: string, value: string, target: string, met: boolean | undefined): void {
  console.log(`  ${what.padEnd(40)} ${value.padStart(14)}   ${target}${met === undefined ? '' : met ? ': met' : ': NOT met'}`);
}

export function repeatedFigures(): void {
  const organ = (i: number) => `第${i % 400}市第${Math.floor(i / 400)}局`;
  const texts = Array.from({ length: REPORTS }, (_, i) => randomReport(i + 1, organ(i), REPORT_CHARS));
  console.log(`repeated text: ${REPORTS} reports of random sentences (${(texts.reduce((s, t) => s + t.length, 0) / 1e6).toFixed(1)} M characters)`);

  let t = performance.now();
  const fingerprints = new FingerprintBuilder();
  texts.forEach((text, i) => fingerprints.add({ text, organisation: organ(i) }));
  const alone = fingerprints.build();
  line('fingerprints alone: build', `${((performance.now() - t) / 1000).toFixed(2)} s`, '', undefined);
  line('fingerprints alone: memory', `${(alone.byteLength() / 1e6).toFixed(0)} MB`, `${alone.size} fingerprints`, undefined);

  t = performance.now();
  const builder = new CorpusBuilder();
  texts.forEach((text, i) => builder.add(`r${i}.txt`, `file:///bench/r${i}.txt`, text));
  const index = builder.buildNow();
  line('whole corpus index with fingerprints', `${((performance.now() - t) / 1000).toFixed(2)} s`, 'target ≤ 10 s', performance.now() - t <= 10_000);

  // Drafts of 10 K characters: five corpus reports carried forward, one after another.
  const times: number[] = [];
  let found = 0;
  for (let i = -5; i < 60; i++) {
    const first = (i + 5) * 97;
    const draftText = [0, 1, 2, 3, 4].map((k) => carriedForward(texts[(first + k) % REPORTS])).join('\n').slice(0, DRAFT_CHARS);
    const document = TextDocument.create(`file:///bench/draft${i}.txt`, 'law-report', 1, draftText);
    const report = parseReport(draftText);
    const start = performance.now();
    const result = repeatedText(document, report, index, {}, { minLength: 40 });
    if (i >= 0) times.push(performance.now() - start);
    found += result.diagnostics.length;
  }
  const p99 = percentile(times, 0.99);
  line('10 K draft against the corpus, median', `${percentile(times, 0.5).toFixed(1)} ms`, `${Math.round(found / 65)} findings per draft`, undefined);
  line('10 K draft against the corpus, p99', `${p99.toFixed(1)} ms`, 'target ≤ 30 ms', p99 <= 30);

  // A folder of 1,000 reports in which every tenth copies the one before it.
  const folder = Array.from({ length: FOLDER }, (_, i) => ({
    text: i % 10 === 9 ? carriedForward(texts[i - 1]) : texts[i],
    organisation: organ(i),
  }));
  t = performance.now();
  const pairs = similarPairs(folder, folder.length, { minLength: 40 });
  const ms = performance.now() - t;
  line(`similar over ${FOLDER} reports`, `${(ms / 1000).toFixed(2)} s`, `${pairs.length} pairs found (${FOLDER / 10} planted); target ≤ 10 s`, ms <= 10_000);
}
