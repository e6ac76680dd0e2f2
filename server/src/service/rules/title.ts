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
    if (t.year !== null && report.year !== null && t.year !== report.year) {
      findings.push({ ...at, message: l10n.t('标题写的是{0}年度，开头和成文日期说的是{1}年度：请核对标题中的年度。', t.year, report.year) });
    }
    if (!namesTheMatter(t.text)) findings.push({ ...at, message: l10n.t('标题中没有“法治政府建设”字样，应点明事由。') });
    // Without a year the title is not a full one yet: that finding says enough.
    if (t.year !== null && !hasOrgan(t.text, t.organisation)) findings.push({ ...at, message: l10n.t('标题中没有发文机关。《党政机关公文处理工作条例》第九条：标题由发文机关名称、事由和文种组成。') });
    // A 述职报告 reports on a person's duties; an organ's yearly report is a 情况报告 (条例 第九条, 厅字〔2019〕28号).
    const personal = /述职(?:述法)?报告$|述法报告$/.exec(t.text);
    if (personal) {
      findings.push({
        ...at,
        message: l10n.t('“{0}”是个人述职的文种；法治政府建设年度报告是机关的工作报告，应写作“……法治政府建设情况报告”。', personal[0]),
      });
    } else if (t.docType !== '报告') {
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

// An issuing organ's name ends in one of these (市科技局, 区人民政府, 留下街道, 中共…党组); a place name
// alone (静海区, 西平县) stands for its government.
const ORGAN = /[\u4e00-\u9fa5]{1,24}?(?:局|委员会|委|办公室|办|厅|院|人民政府|政府|街道|办事处|镇|乡|中心|党组|党委|所|站|部|署|处|室|公司|集团|学校|大学|学院|[省市县区州旗盟])(?=[0-9〇一二三四五六七八九]{4}年|关于|法治政府建设|$)/;

/** The organ stands anywhere in the title: before the year, after it (2020年度市科技局…), or after 关于. */
function hasOrgan(title: string, organisation: string | null): boolean {
  if (organisation && organisation !== '关于' && !SELF.test(organisation)) return true;
  const rest = title.replace(/^关于/, '').replace(/[0-9〇一二三四五六七八九]{4}年度?/, '').replace(/^关于/, '');
  const head = rest.split('法治政府建设')[0];
  return head.length > 0 && !SELF.test(head) && ORGAN.test(head);
}

/** 我镇, 本局, 我委: how a report speaks of its organ in the text, not the organ's name a title needs. */
const SELF = /^[我本][\u4e00-\u9fa5]{1,2}$/;

/** 工作总结 / 总结 / 汇报 at the end of the title → 情况报告 / 报告. */
function replaceDocType(text: string, titleEnd: number, title: string) {
  const m = /(工作总结|总结|汇报)$/.exec(title)!;
  const replacement = m[1] === '工作总结' ? '工作情况报告' : '报告';
  const start = titleEnd - m[1].length;
  if (text.slice(start, titleEnd) !== m[1]) return undefined;
  return { title: l10n.t('把“{0}”改为“{1}”', m[1], replacement), edits: [{ start, end: titleEnd, newText: replacement }], safe: false };
}

/**
 * The title says what is reported on: 法治政府建设, or, for a school, a company, a hospital or a Party
 * organ (which is no government), its own 法治建设 / 法治工作 / 依法治校 / 依法治企.
 */
function namesTheMatter(title: string): boolean {
  if (/法治政府建设/.test(title)) return true;
  return /大学|学院|学校|党校|公司|集团|医院|党委|党组|^中共/.test(title) && /法治建设|法治工作|依法治校|依法治企/.test(title);
}
