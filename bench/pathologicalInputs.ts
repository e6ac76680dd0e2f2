import { TextDocument } from 'vscode-languageserver-textdocument';
import { type CorpusState, createReportService } from '../server/src/service';
import { generateReport } from './generateReport';

// Inputs that once made the service slow or hang, shared by test/pathological.test.ts (each within 1 s)
// and the bench (their figures). Each is made when asked: together they are 24 MB of text.

export interface PathologicalInput {
  name: string;
  make: () => string;
}

/** A line of everything a rule has to look at twice: open marks never closed, half-width marks, space runs, years, URLs. */
const MIXED = '（《“法治,建设 ;2024年-2025年  　　推进(一)1.是否?https://a.gov.cn/x,y[bookmark: _GoBack]“';

export function pathologicalInputs(seedsDir: string): PathologicalInput[] {
  return [
    { name: '1 MB of （', make: () => '（'.repeat(1 << 20) },
    { name: '1 MB of 一、', make: () => '一、'.repeat(1 << 19) },
    {
      // Every line a heading, the levels cycling, so the outline has 100,000 nodes and numbering 100,000 siblings to compare.
      name: '100,000 lines',
      make: () => Array.from({ length: 100_000 }, (_, i) => ['一、标题', '（一）标题', '1.标题', '（1）标题', '一是正文'][i % 5]).join('\n'),
    },
    { name: '10 MB file', make: () => generateReport(seedsDir, 10_000_000) },
    { name: '200,000-character line', make: () => ('一、' + MIXED.repeat(Math.ceil(200_000 / MIXED.length))).slice(0, 200_000) },
  ];
}

/** Everything a writer's editor asks of one draft: parse, every rule, outline, folding, a hover and a completion mid-text. */
export function analyse(text: string, corpus: CorpusState): { symbols: number; diagnostics: number } {
  const service = createReportService();
  const document = TextDocument.create('file:///pathological.txt', 'law-report', 1, text);
  const symbols = service.documentSymbols(document);
  service.foldingRanges(document);
  service.outline('pathological.txt', document);
  const diagnostics = service.diagnostics(document);
  service.codeActions(document, diagnostics.slice(0, 1));
  const middle = document.positionAt(text.length >> 1);
  service.hover(document, middle, corpus);
  service.completion(document, middle, corpus.kind === 'ready' ? corpus.index : undefined);
  return { symbols: symbols.length, diagnostics: diagnostics.length };
}
