import * as l10n from '@vscode/l10n';
import type { PartNumber } from '../report/model';

// Short names of the five required parts, for the outline's detail column and the CLI tree.
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
