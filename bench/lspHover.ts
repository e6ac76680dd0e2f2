import { StdioServer } from '../test/support/lspClient';
import { generateReport, seededRandom, seedLines } from './generateReport';

// Hovers as an editor sees them: the built server started with --stdio, the bench corpus named in
// initializationOptions, and each hover timed from request to reply. The drafts are made like the
// corpus' reports, so their title lines hold the phrases nearly every report shares
// (年度法治政府建设情况报告, 法治政府建设): the slowest hovers there are, if counting is linear in hits.

const RANDOM_POSITIONS = 300;
const TITLE_POSITIONS = 200;

export interface HoverFigures {
  all: number[];
  title: number[];
  /** Hovers on an empty line, which answer without the corpus: what the machine and the protocol cost. */
  empty: number[];
  /**
   * With LAW_REPORT_TIMING=1 in the environment, the server's own handling of the same hovers (random
   * and title lines), as it logs them: the rest of a reply's time is the protocol's and the machine's.
   */
  handled?: number[];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export function hoverSummary(times: number[]): { median: number; p99: number; max: number } {
  return { median: percentile(times, 0.5), p99: percentile(times, 0.99), max: Math.max(...times) };
}

export async function lspHoverFigures(seedsDir: string, corpusFolder: string): Promise<HoverFigures> {
  const server = new StdioServer();
  try {
    await server.initialize('zh-cn', {}, { corpus: { folders: [corpusFolder] } });
    // The index builds in the background: wait until a look-up says it is ready.
    for (let ready = false; !ready; ) {
      ready = ((await server.connection.sendRequest('lawReport/lookup', { phrase: '法治' })) as { ready: boolean }).ready;
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const lines = seedLines(seedsDir);
    const titles = ['东川市司法局2025年度法治政府建设情况报告', '临江市教育局2024年度法治政府建设情况报告', '安平市2023年法治政府建设工作总结'];
    const drafts = titles.map((title, i) => ({ uri: `file:///bench/lsp-draft${i}.txt`, text: generateReport(lines, 4000, 100 + i, title) }));
    // The hovers start once the server has checked the drafts, as a writer's do: the first check of a
    // freshly opened draft (rules and repeated text, tens of ms) is no hover's cost, and a hover sent
    // while it runs would wait for it and time it.
    const checked = new Set<string>();
    const allChecked = new Promise<void>((resolve) =>
      server.connection.onNotification('textDocument/publishDiagnostics', ({ uri }: { uri: string }) => {
        checked.add(uri);
        if (checked.size === drafts.length) resolve();
      }),
    );
    for (const { uri, text } of drafts) {
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'law-report', version: 1, text } });
    }
    await allChecked;
    const random = seededRandom(23);
    const hoverAt = async (uri: string, line: number, character: number) => {
      const t = performance.now();
      await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
      return performance.now() - t;
    };
    // Random positions anywhere in the drafts (30 unmeasured first), then every character of every
    // title line, round after round.
    const all: number[] = [];
    const title: number[] = [];
    for (let i = -30; i < RANDOM_POSITIONS; i++) {
      const draft = drafts[Math.floor(random() * drafts.length)];
      const draftLines = draft.text.split('\n');
      const line = Math.floor(random() * draftLines.length);
      const ms = await hoverAt(draft.uri, line, Math.floor(random() * (draftLines[line].length + 1)));
      if (i >= 0) all.push(ms);
    }
    while (title.length < TITLE_POSITIONS) {
      for (const draft of drafts) {
        const first = draft.text.slice(0, draft.text.indexOf('\n'));
        for (let character = 0; character < first.length && title.length < TITLE_POSITIONS; character++) title.push(await hoverAt(draft.uri, 0, character));
      }
    }
    all.push(...title);
    const empty: number[] = [];
    const blank = drafts[0].text.split('\n').indexOf('');
    for (let i = 0; i < RANDOM_POSITIONS; i++) empty.push(await hoverAt(drafts[0].uri, blank, 0));
    const handled = [...server.stderr.matchAll(/^timing hover \d+:\d+ .* ms=([\d.]+)$/gm)].map((m) => Number(m[1]));
    // The server logs every hover, the unmeasured first ones too: the measured ones are the last.
    return { all, title, empty, handled: handled.length > 0 ? handled.slice(-(all.length + empty.length), -empty.length) : undefined };
  } finally {
    await server.stop();
  }
}
