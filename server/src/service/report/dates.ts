import { parseArabic, parseChineseDigits, parseChineseNumber } from './chineseNumerals';

// A line that is only a date: 2025年3月24日, 2025.3.24, 2025-03-24, 2025/3/24, 二〇二五年三月二十四日,
// 2025年3月. The date-format rule judges which of these are right; the model only finds them.
const DATE_LINE =
  /^[（(]?\s*([0-9０-９]{4}|[〇○零Ｏ一二三四五六七八九]{4})\s*(年|[.．\-/－])\s*([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*(?:月|[.．\-/－])?\s*(?:([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日?)?\s*[）)]?$/;

export interface DateParts {
  year: number;
  month: number;
  day: number | null;
}

export function parseDateLine(content: string): DateParts | null {
  if (content.length > 30) return null;
  const m = DATE_LINE.exec(content);
  if (!m) return null;
  const year = readNumber(m[1], true);
  const month = readNumber(m[3], false);
  const day = m[4] === undefined ? null : readNumber(m[4], false);
  if (!(year >= 1949 && year <= 2199) || !(month >= 1 && month <= 12)) return null;
  if (day !== null && !(day >= 1 && day <= 31)) return null;
  return { year, month, day };
}

function readNumber(s: string, digitByDigit: boolean): number {
  const n = parseArabic(s);
  if (!Number.isNaN(n)) return n;
  return digitByDigit ? parseChineseDigits(s) : parseChineseNumber(s);
}

/** The first year written in `text` as 2024年 or 二〇二四年, or null. */
export function firstYear(text: string): number | null {
  const m = /([0-9]{4}|[〇○零一二三四五六七八九]{4})\s*年/.exec(text);
  if (!m) return null;
  const y = readNumber(m[1], true);
  return y >= 1949 && y <= 2199 ? y : null;
}

/** The year a sentence opens with, as its own clause (2024年，我局…… · 2024年度，……), or null. */
export function openingClauseYear(text: string): number | null {
  const m = /^([0-9]{4})\s*年度?[，,]/.exec(text);
  return m ? Number(m[1]) : null;
}
