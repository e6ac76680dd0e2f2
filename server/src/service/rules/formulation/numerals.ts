// Fixed names keep Chinese numerals (GB/T 15835-2011 5.1.3: 党的二十大, 二十届三中全会, “十四五”, 八五普法).
import * as l10n from '@vscode/l10n';
import type { Finding } from '../ruleTypes';

const CN = '〇一二三四五六七八九';

function chinese(n: number): string {
  if (n < 10) return CN[n];
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : CN[tens]) + '十' + (n % 10 ? CN[n % 10] : '');
}

const toNumber = (s: string) => Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
const D = '[0-9０-９]';

interface Pattern {
  re: RegExp;
  /** Groups holding Arabic numbers, with the range a real name uses. */
  rewrite(m: RegExpExecArray): string | null;
}

const inRange = (s: string, lo: number, hi: number) => {
  const n = toNumber(s);
  return n >= lo && n <= hi ? chinese(n) : null;
};

const PATTERNS: Pattern[] = [
  // 党的20大 · 20大精神
  { re: new RegExp(`党的(${D}{2})大|(?<![0-9０-９])(${D}{2})大(?=精神|报告|以来|代表|胜利召开|和)`, 'g'), rewrite: (m) => {
    const n = inRange(m[1] ?? m[2], 12, 30);
    return n && (m[1] ? `党的${n}大` : `${n}大`);
  } },
  // 20届3中全会 · 二十届3中全会 · 20届三中全会
  { re: new RegExp(`(${D}{2}|十[六七八九]|二十[一二]?)届(${D}|[一二三四五六七])中全会`, 'g'), rewrite: (m) => {
    if (!/[0-9０-９]/.test(m[0])) return null;
    const a = /^[0-9０-９]+$/.test(m[1]) ? inRange(m[1], 12, 30) : m[1];
    const b = /^[0-9０-９]$/.test(m[2]) ? inRange(m[2], 1, 7) : m[2];
    return a && b && `${a}届${b}中全会`;
  } },
  // A list of plenums: 二中、三中、4中全会 · 十九届2中、三中全会
  { re: new RegExp(`(?<=中、)(${D})中(?=(?:、(?:[一二三四五六七]|${D})中)*全会)|(?<=届)(${D})中(?=(?:、(?:[一二三四五六七]|${D})中)+全会)`, 'g'), rewrite: (m) => {
    const n = inRange(m[1] ?? m[2], 1, 7);
    return n && `${n}中`;
  } },
  // “14五”规划 · 14五时期 · “14五”卫生健康规划: in quotes the name needs no word after it
  { re: new RegExp(`(?<![0-9０-９])(${D}{2})五(?=”|规划|时期|期间|末|开局)`, 'g'), rewrite: (m) => {
    const n = inRange(m[1], 11, 16);
    return n && `${n}五`;
  } },
  // 十4五 · “十4五”规划: a digit between 十 and 五 is never anything else
  { re: new RegExp(`十(${D})五`, 'g'), rewrite: (m) => {
    const n = inRange(m[1], 1, 6);
    return n && `十${n}五`;
  } },
  // 8五普法
  { re: new RegExp(`(?<![0-9０-９])(${D})五(?=”?普法)`, 'g'), rewrite: (m) => {
    const n = inRange(m[1], 5, 9);
    return n && `${n}五`;
  } },
];

/** Arabic digits right before 大, 届, 中全会, 中、 or 五: the only places a pattern can match. */
const CANDIDATE = /[0-9０-９](?=[0-9０-９]?(?:大|届|中全会|中、|五))/;

export function numeralFindings(text: string): Finding[] {
  const findings: Finding[] = [];
  if (!CANDIDATE.test(text)) return findings;
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const right = p.rewrite(m);
      if (!right) continue;
      const start = m.index;
      const end = start + m[0].length;
      findings.push({
        start,
        end,
        message: l10n.t('“{0}”是固定名称，数字应写汉字：“{1}”（GB/T 15835-2011）。', m[0], right),
        fix: { title: l10n.t('改为“{0}”', right), edits: [{ start, end, newText: right }], safe: true },
      });
    }
  }
  return findings;
}
