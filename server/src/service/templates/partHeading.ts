import { toChineseNumber } from '../report/chineseNumerals';
import type { PartNumber } from '../report/model';
import { REQUIRED_PARTS } from '../report/parts';
import { snippetBody } from './reportTemplates';
import { toPlainText } from './snippetText';

/**
 * A required part's heading line and the placeholder line under it, from the part's snippet, as plain
 * text: numbered `number` among the top-level headings, naming the year the part is about (the reported
 * year `year`, or the one after it). The snippet's sample sub-heading is left out.
 */
export function partHeading(part: PartNumber, number: number, year: number | null): string {
  const { snippet, headingYear } = REQUIRED_PARTS[part];
  const values: Record<number, string> = { 1: toChineseNumber(number) };
  // Parts 1–3 read "${2}年度…" (默认 上一年度), part 4 "${2}推进…" (默认 下一年度).
  if (headingYear === 'reported') values[2] = year === null ? '上一' : String(year);
  if (headingYear === 'next') values[2] = year === null ? '下一年度' : `${year + 1}年度`;
  return toPlainText(snippetBody(snippet), values).replace(/\n（一）[^\n]*/, '');
}
