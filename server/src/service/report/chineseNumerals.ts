// Numbers as they appear in markers and dates: Chinese numerals (三、 二十一是 二〇二五年) and
// full-width digits (１．). Returns NaN for anything it cannot read, so callers can reject it.

// Keyed by char code: markers are read on every line, so this avoids string iteration.
const DIGITS = new Map<number, number>(
  Object.entries({
    '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, 'O': 0,
    '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  }).map(([ch, n]) => [ch.charCodeAt(0), n]),
);
const TEN = '十'.charCodeAt(0);
const HUNDRED = '百'.charCodeAt(0);

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 二十三 → 23, 一百零五 → 105. */
export function parseChineseNumber(s: string): number {
  if (s.length === 0) return NaN;
  let total = 0;
  let current = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const digit = DIGITS.get(c);
    if (digit !== undefined) {
      current = digit;
    } else if (c === TEN) {
      total += (current < 0 ? 1 : current) * 10;
      current = -1;
    } else if (c === HUNDRED) {
      if (current < 0) return NaN;
      total += current * 100;
      current = -1;
    } else {
      return NaN;
    }
  }
  return total + (current < 0 ? 0 : current);
}

/** 二〇二五 → 2025: digit by digit, as years are written. */
export function parseChineseDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const digit = DIGITS.get(s.charCodeAt(i));
    if (digit === undefined) return NaN;
    n = n * 10 + digit;
  }
  return s.length ? n : NaN;
}

/** "12" or "１２" → 12. */
export function parseArabic(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) c -= 0xff10 - 0x30;
    if (c < 0x30 || c > 0x39) return NaN;
    n = n * 10 + (c - 0x30);
  }
  return s.length ? n : NaN;
}

const CHINESE_NUMBERS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三 (markers rarely pass 99). */
export function toChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 100) return String(n);
  if (n < 10) return CHINESE_NUMBERS[n];
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : CHINESE_NUMBERS[tens]) + '十' + CHINESE_NUMBERS[n % 10];
}
