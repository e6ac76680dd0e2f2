import * as l10n from '@vscode/l10n';
import type { SnippetName } from '../templates/reportTemplates';
import type { PartNumber } from './model';

/** What the project knows of one of the five required parts (厅字〔2019〕28号), read by the model, rules, features and templates. */
export interface RequiredPart {
  /** Short name: the outline's detail column, the CLI tree, hovers. */
  label: () => string;
  /** The regulation's own wording, for the checker's messages. */
  wording: () => string;
  /** Where the part goes in a report, said when it is missing; null: often left out by design, never reported missing. */
  placement: (() => string) | null;
  /** The snippet (snippets/law-report.json) that writes the part's heading; quick fixes insert the same. */
  snippet: SnippetName;
  /** The year the heading names (tab stop 2 of the snippet): the reported year, the one after it, or none. */
  headingYear: 'reported' | 'next' | null;
  /** Key words that name the part in a heading. Real reports name the parts many ways (DOMAIN.md lists them). */
  words: RegExp;
}

// Functions, not strings: messages are translated when asked for, after the locale is known.
export const REQUIRED_PARTS: Readonly<Record<PartNumber, RequiredPart>> = {
  1: {
    label: () => l10n.t('规定内容1：主要举措和成效'),
    wording: () => l10n.t('上一年度推进法治政府建设的主要举措和成效'),
    placement: () => l10n.t('作为第一部分，紧接开头段'),
    snippet: '规定内容1：主要举措和成效',
    headingYear: 'reported',
    // 一、2019年法治政府建设情况 · 一、2023年度法治政府建设主要情况: the year's 情况 is its 举措和成效.
    words: /举措|成效|做法|成绩|措施|主要工作|工作情况|落实情况|进展情况|开展情况|基本情况|推进情况|完成情况|工作开展|主要情况|建设情况/,
  },
  2: {
    label: () => l10n.t('规定内容2：不足和原因'),
    wording: () => l10n.t('上一年度推进法治政府建设存在的不足和原因'),
    placement: () => l10n.t('放在“主要举措和成效”之后'),
    snippet: '规定内容2：不足和原因',
    headingYear: 'reported',
    words: /不足|问题|差距|短板|薄弱|原因/,
  },
  3: {
    label: () => l10n.t('规定内容3：第一责任人履职'),
    wording: () => l10n.t('上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况'),
    placement: () => l10n.t('作为单独一部分放在“不足和原因”之后，或作为第一部分下的小标题'),
    snippet: '规定内容3：第一责任人履职',
    headingYear: 'reported',
    words: /第一责任人|(?:党政)?主要负责人.{0,10}(?:履行|履职)|党政主要负责人/,
  },
  4: {
    label: () => l10n.t('规定内容4：下一年度安排'),
    wording: () => l10n.t('下一年度推进法治政府建设的主要安排'),
    placement: () => l10n.t('放在最后，列出下一年度的主要安排'),
    snippet: '规定内容4：下一年度安排',
    headingYear: 'next',
    words: /安排|计划|打算|思路|下一步|下一年|下年度|明年|展望|工作要点|工作重点|工作目标|努力方向|工作设想/,
  },
  5: {
    label: () => l10n.t('规定内容5：其他情况'),
    wording: () => l10n.t('其他需要报告的情况'),
    placement: null,
    snippet: '规定内容5：其他情况',
    headingYear: null,
    words: /其他|其它/,
  },
};

/** Part 5 (其他需要报告的情况) is reported only when there is something to report: no finding, no ✗ when absent. */
export function isOptionalPart(part: PartNumber): boolean {
  return REQUIRED_PARTS[part].placement === null;
}

/** The parts in the regulation's order. */
export const PART_NUMBERS: readonly PartNumber[] = [1, 2, 3, 4, 5];

export function partLabel(part: PartNumber): string {
  return REQUIRED_PARTS[part].label();
}

export function regulationWording(part: PartNumber): string {
  return REQUIRED_PARTS[part].wording();
}

// Where several parts' words occur in one heading (主要举措、成效和不足), the word that comes first names
// the part: writers lead with the main one. Two parts' words starting at the same place go to the one
// listed first here, the most specific first (主要负责人 before 主要工作).
const MATCH_ORDER: readonly PartNumber[] = [3, 2, 4, 5, 1];

// Older reports list the 纲要's task areas (依法全面履行政府职能 …) as their top-level sections
// instead of one 举措和成效 part; those are part 1 too, and so is a section that names an outcome of
// the matter itself (一、法治政府建设水平持续提升).
const TASK_AREA_WORDS =
  /法治政府建设|职能|依法行政|决策|执法|监督|制约|纠纷|矛盾|普法|宣传|学习|领导|组织|制度|营商环境|放管服|政务|保障|机制|法治思想|依法治/;

/** The required part a top-level heading stands for, or null. */
export function partOfHeading(title: string): PartNumber | null {
  let best: PartNumber | null = null;
  let bestAt = Infinity;
  for (const part of MATCH_ORDER) {
    const m = REQUIRED_PARTS[part].words.exec(title);
    if (m && m.index < bestAt) {
      best = part;
      bestAt = m.index;
    }
  }
  if (best !== null) return best;
  return TASK_AREA_WORDS.test(title) ? 1 : null;
}

/**
 * The first sentence under a sub-heading on leadership says the leaders carried out the 第一责任人 duties
 * ((一）强化组织领导，压实法治建设责任。乡党委书记、乡长认真履行推进法治建设第一责任人职责，……): the part folded
 * in. A mention further down, or under a heading on something else, is not the part.
 */
export function tellsFirstResponsibleDuties(firstSentence: string): boolean {
  return /履行[^。；]{0,16}第一责任人/.test(firstSentence);
}

/** A heading on leadership and responsibility (强化组织领导, 压实法治建设责任): where the 第一责任人's duties are told. */
export function isLeadershipTitle(title: string): boolean {
  return /领导|责任|履职|统筹/.test(title);
}

/** A sub-heading that reports the 第一责任人's duties, folded into another part (often part 1). */
export function isFirstResponsibleHeading(title: string): boolean {
  return REQUIRED_PARTS[3].words.test(title);
}
