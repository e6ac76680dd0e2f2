import * as l10n from '@vscode/l10n';
import type { PartNumber } from '../report/model';

// The names of the five required parts: short ones for the outline's detail column and the CLI
// tree, and the regulation's own wording for the checker's messages.
export function partLabel(part: PartNumber): string {
  switch (part) {
    case 1:
      return l10n.t('规定内容1：主要举措和成效');
    case 2:
      return l10n.t('规定内容2：不足和原因');
    case 3:
      return l10n.t('规定内容3：第一责任人履职');
    case 4:
      return l10n.t('规定内容4：下一年度安排');
    case 5:
      return l10n.t('规定内容5：其他情况');
  }
}

/** The regulation's own wording of each required part (厅字〔2019〕28号). */
export function regulationWording(part: PartNumber): string {
  switch (part) {
    case 1:
      return l10n.t('上一年度推进法治政府建设的主要举措和成效');
    case 2:
      return l10n.t('上一年度推进法治政府建设存在的不足和原因');
    case 3:
      return l10n.t('上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况');
    case 4:
      return l10n.t('下一年度推进法治政府建设的主要安排');
    case 5:
      return l10n.t('其他需要报告的情况');
  }
}
