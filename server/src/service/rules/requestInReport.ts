// request-in-report: 请示 wording inside a 报告 (《党政机关公文处理工作条例》 第十五条: 报告不得夹带请示事项).
//   before: ……以上报告，妥否，请批示。
//   after:  ……特此报告。
import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from './ruleTypes';

const REQUEST = /妥否[，,]?\s*请批示|请予审批|请批复|请予批准|请审批|请批准|当否[，,]?\s*请批示/g;

export const requestInReport: Rule = {
  code: 'request-in-report',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    for (const m of report.text.matchAll(REQUEST)) {
      findings.push({
        start: m.index!,
        end: m.index! + m[0].length,
        message: l10n.t('报告中不得夹带请示事项（《党政机关公文处理工作条例》第十五条）：“{0}”是请示用语，报告可用“特此报告。”结尾；需要批复的事项另行请示。', m[0]),
      });
    }
    return findings;
  },
};
