import * as l10n from '@vscode/l10n';

/** A finding as both fronts have it: its rule's code and whether it is an error or a warning. */
export interface ExportFinding {
  code: string | number | undefined;
  severe: boolean;
}

/**
 * What to tell a writer about to export a draft that still has errors or warnings (template leftovers
 * named apart: a 公文 handed over with XX市XX局 in it is the costliest slip); undefined when none.
 */
export function exportConcerns(findings: readonly ExportFinding[]): { problems: number; leftovers: number; message: string } | undefined {
  const severe = findings.filter((f) => f.severe);
  if (severe.length === 0) return undefined;
  const leftovers = severe.filter((f) => f.code === 'placeholder').length;
  const message =
    leftovers > 0 ? l10n.t('报告还有 {0} 个问题，其中 {1} 处模板残留。', severe.length, leftovers) : l10n.t('报告还有 {0} 个问题。', severe.length);
  return { problems: severe.length, leftovers, message };
}
