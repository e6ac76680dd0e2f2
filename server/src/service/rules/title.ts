// title: the title lacks what 《党政机关公文处理工作条例》 第九条 asks (发文机关 + 事由 + 文种) or its year.
//   before: 市科技局2022年度法治政府建设工作总结
//   after:  市科技局2022年度法治政府建设情况报告
import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from './ruleTypes';
import { reportAnchor } from './ruleSupport';

export const title: Rule = {
  code: 'title',
  defaultSeverity: 'warning',
  check(report) {
    const t = report.title;
    if (!t) {
      return [{ ...reportAnchor(report), message: l10n.t('没有找到标题。标题应写明发文机关、年度和“法治政府建设情况报告”，如：XX局2024年度法治政府建设情况报告。') }];
    }
    const at = { start: t.span.start, end: t.span.end };
    const findings: Finding[] = [];
    if (t.year === null) findings.push({ ...at, message: l10n.t('标题中没有年度。标题应写明所报告的年度，如：XX局2024年度法治政府建设情况报告。') });
    if (!/法治政府建设/.test(t.text)) findings.push({ ...at, message: l10n.t('标题中没有“法治政府建设”字样，应点明事由。') });
    if (t.organisation === null) findings.push({ ...at, message: l10n.t('标题中没有发文机关。《党政机关公文处理工作条例》第九条：标题由发文机关名称、事由和文种组成。') });
    if (t.docType !== '报告') {
      const word = t.docType ?? l10n.t('（无）');
      const fix =
        t.docType && t.docType !== '报告' && /工作总结$|总结$|汇报$/.test(t.text)
          ? replaceDocType(report.text, t.span.end, t.text)
          : undefined;
      findings.push({
        ...at,
        message: l10n.t('文种应为“报告”，这里是“{0}”。法治政府建设年度报告按规定以“报告”行文。', word),
        fix,
      });
    }
    return findings;
  },
};

/** 工作总结 / 总结 / 汇报 at the end of the title → 情况报告 / 报告. */
function replaceDocType(text: string, titleEnd: number, title: string) {
  const m = /(工作总结|总结|汇报)$/.exec(title)!;
  const replacement = m[1] === '工作总结' ? '工作情况报告' : '报告';
  const start = titleEnd - m[1].length;
  if (text.slice(start, titleEnd) !== m[1]) return undefined;
  return { title: l10n.t('把“{0}”改为“{1}”', m[1], replacement), edits: [{ start, end: titleEnd, newText: replacement }], safe: false };
}
