import { independentRandom } from '../../bench/generateReport';
import { readSeed, seedNames } from './documents';

/**
 * Seed 001 carried forward as writers do: every year moved on by one, the figures before a counter
 * changed, and a paragraph of new work added under a new part.
 */
export function seed001CarriedForward(): string {
  const seed = readSeed(seedNames()[1]);
  const moved = seed
    .replace(/(20\d\d)/g, (year) => String(Number(year) + 1))
    .replace(/(\d+)(件|人|次|场|个|项)/g, (_, count: string, unit: string) => `${Number(count) + 7}${unit}`);
  return `${moved}\n（五）其他需要报告的情况\n本年度新建成数字化法治服务平台一个，实现执法案卷网上流转、网上审核和全过程记录，群众办事平均用时由原来的三天缩短为一天。\n`;
}

// Common characters of reports, for text that shares no passage with anything else.
const ALPHABET = '法治政府建设推进完善加强落实制度执法监督审查决策规范公开服务管理机制改革创新依法行政责任考核培训宣传普法社会治理安全稳定基层群众企业营商环境数字平台信息案件复议诉讼调解矛盾纠纷风险防范重点领域专项整治';

/** A report of `paragraphs` paragraphs of well-formed but random sentences, the same for the same seed. */
export function unrelatedReport(seed: number, organisation: string, paragraphs = 12): string {
  const random = independentRandom(seed);
  const word = (): string => {
    const at = Math.floor(random() * (ALPHABET.length - 1));
    return ALPHABET.slice(at, at + 2);
  };
  const lines = [`${organisation}2024年度法治政府建设情况报告`, ''];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 4; s++) sentences.push(Array.from({ length: 8 }, word).join(''));
    lines.push(`　　${sentences.join('，')}。`);
  }
  return lines.join('\n');
}
