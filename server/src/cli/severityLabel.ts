import * as l10n from '@vscode/l10n';
import type { Severity } from '../service';

/** 错误 · 警告 · 信息 · 提示: a severity as the CLI's tables and the review page name it. */
export function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'error':
      return l10n.t('错误');
    case 'warning':
      return l10n.t('警告');
    case 'information':
      return l10n.t('信息');
    case 'hint':
      return l10n.t('提示');
  }
}
