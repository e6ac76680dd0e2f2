import { FoldingRange } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { Report } from '../report/model';

/** Every section and item that spans more than its heading line folds. */
export function foldingRanges(report: Report, token?: CancellationToken): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  for (const section of report.allSections) {
    if (token?.isCancellationRequested) return [];
    if (section.lastLine > section.line) ranges.push(FoldingRange.create(section.line, section.lastLine));
  }
  return ranges;
}
