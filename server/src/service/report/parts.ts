import type { PartNumber } from './model';

// The five required parts (厅字〔2019〕28号) are named many ways in real reports (DOMAIN.md lists
// them); they are recognised by key words. Where several parts' words occur in one heading
// (主要举措、成效和不足), the word that comes first names the part: writers lead with the main one.
const PART_WORDS: ReadonlyArray<readonly [PartNumber, RegExp]> = [
  [3, /第一责任人|(?:党政)?主要负责人.{0,10}(?:履行|履职)|党政主要负责人/],
  [2, /不足|问题|差距|短板|薄弱|原因/],
  [4, /安排|计划|打算|思路|下一步|下一年|下年度|明年|展望|工作要点|工作重点|工作目标|努力方向|工作设想/],
  [5, /其他|其它/],
  [1, /举措|成效|做法|成绩|措施|主要工作|工作情况|落实情况|进展情况|开展情况|基本情况|推进情况|完成情况|工作开展/],
];

// Older reports list the 纲要's task areas (依法全面履行政府职能 …) as their top-level sections
// instead of one 举措和成效 part; those are part 1 too.
const TASK_AREA_WORDS =
  /职能|依法行政|决策|执法|监督|制约|纠纷|矛盾|普法|宣传|学习|领导|组织|制度|营商环境|放管服|政务|保障|机制|法治思想|依法治/;

/** The required part a top-level heading stands for, or null. */
export function partOfHeading(title: string): PartNumber | null {
  let best: PartNumber | null = null;
  let bestAt = Infinity;
  for (const [part, words] of PART_WORDS) {
    const m = words.exec(title);
    if (m && m.index < bestAt) {
      best = part;
      bestAt = m.index;
    }
  }
  if (best !== null) return best;
  return TASK_AREA_WORDS.test(title) ? 1 : null;
}

/** A sub-heading that reports the 第一责任人's duties, folded into another part (often part 1). */
export function isFirstResponsibleHeading(title: string): boolean {
  return PART_WORDS[0][1].test(title);
}
