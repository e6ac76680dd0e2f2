// request-in-report: 请示 wording inside a 报告 (《党政机关公文处理工作条例》 第十五条: 报告不得夹带请示事项).
//   before: ……以上报告，妥否，请批示。
//   after:  ……特此报告。
import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from './ruleTypes';

// The closing requests of a 请示 (请批示 · 请批复 · 请审批 · 请审定 · 请核准 · 请批准 · 请批转, each also with
// 予 or 予以), and 妥否/当否/可否 before them. Not when another verb carries 请 (报请批准, 提请审定, 申请核准
// report a procedure, not a request to the addressee) — unless 特此/现 makes it the closing request itself
// (现报请批准。 特此提请市政府审定。) and ends the sentence. A request may name its addressee
// (请县政府审批。), again only when it closes the sentence: 请县政府审批后实施 tells of a procedure.
const REQUEST = new RegExp(
  [
    /(?:(?:妥否|当否|可否|是否妥当|以上意见如无不妥)[，,]?\s*)?(?<![报提申呈转奏敬邀])请(?:予以|予)?(?:批示|批复|审批|审定|核准|批准|批转|审核批准)/.source,
    // 请县政府审批。 恳请省政府予以批准。: the addressee named between 请 and the verb, closing the sentence.
    /(?<![报提申呈转奏敬邀])(?:恳|特)?请[\u4e00-\u9fff、]{1,12}?(?:政府|党委|党组|委员会|委|办公室|办|厅|局|部|院|署|会)(?:予以|予|给予)?(?:批示|批复|审批|审定|核准|批准|审核批准)(?=[。！!；;]|\s*$)/.source,
    /(?:特此|(?<=^|[，,。；;：:\s])现)(?:报请|提请)[^，,。；;！!\s]{0,12}?(?:批示|批复|审批|审定|核准|批准)(?=[。！!；;]|\s*$)/.source,
  ].join('|'),
  'gm',
);

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
