// request-in-report: 请示 wording inside a 报告 (《党政机关公文处理工作条例》 第十五条: 报告不得夹带请示事项).
//   before: ……以上报告，妥否，请批示。
//   after:  ……特此报告。
import * as l10n from '@vscode/l10n';
import type { Rule } from './ruleTypes';

// The closing requests of a 请示 (请批示 · 请批复 · 请审批 · 请审定 · 请核准 · 请批准 · 请批转, each also with
// 予 or 予以), and 妥否/当否/可否 before them. Not when another verb carries 请 (报请批准, 提请审定, 申请核准
// report a procedure, not a request to the addressee) — unless 特此/现 makes it the closing request itself
// (现报请批准。 特此提请市政府审定。) and ends the sentence. A request may name its addressee
// (请县政府审批。), again only when it closes the sentence: 请县政府审批后实施 tells of a procedure.

// A superior named as the one asked (区委编办, 市委、市政府, 上级部门); courts and arbitration are not
// superiors a report asks, and a report telling of a party's 请求法院予以撤销 is narration.
const SUPERIOR = '(?![\\u4e00-\\u9fff、]{0,14}?(?:法院|仲裁))[\\u4e00-\\u9fff、]{0,14}?(?:政府|党委|党组|委员会|编办|委|办公室|办|厅|局|部|署|上级|领导)';
// What the superior is asked to do: 予以增编, 给予支持, 帮助解决, 协调解决, 加大支持, 倾斜, 核拨经费, 批准增编; not
// the courtesy of 恳请领导予以批评指正.
const ACT = '(?:予以|给予|帮助|协调|支持|解决|关心|加大|倾斜|核拨|拨付|核增|批准|同意|审批|核准|批复)(?!批评|指正|指导|斧正)';

const REQUEST = new RegExp(
  [
    // 望予批复 and 盼予核批 ask as 请予批复 does.
    // 如无不妥，请区政府批转各社区执行: the request of a 请示, the addressee named, whatever follows.
    /(?:以上意见)?如无不[妥当][，,]\s*请[^，,。；;！!\s]{0,12}?(?:批转|批示|批复|审批|审定|核准|批准|转发)/.source,
    /(?:(?:妥否|当否|可否|是否妥当|以上意见如无不妥)[，,]?\s*)?(?:(?<![报提申呈转奏敬邀])请(?:予以|予)?|[望盼](?:予以|予))(?:批示|批复|审批|审定|核准|核批|批准|批转|审核批准)/.source,
    // 请县政府审批。 恳请省政府予以批准。: the addressee named between 请 and the verb, closing the sentence.
    /(?<![报提申呈转奏敬邀])(?:恳|特)?请[\u4e00-\u9fff、]{1,12}?(?:政府|党委|党组|委员会|委|办公室|办|厅|局|部|院|署|会)(?:予以|予|给予)?(?:批示|批复|审批|审定|核准|批准|审核批准)+(?=[。！!；;]|\s*$)/.source,
    /(?:特此|(?<=^|[，,。；;：:\s])现)(?:报请|提请)[^，,。；;！!\s]{0,12}?(?:批示|批复|审批|审定|核准|批准)(?=[。！!；;]|\s*$)/.source,
    // ……难以满足执法需要，恳请区委编办予以增编。 恳请上级在经费上给予支持。: asking the addressee to act.
    // 请求 must name a superior (恳请 is the writer's own word); both open a clause and close the sentence.
    `(?<=^|[，,。；;：:\\s])(?:恳请(?:${SUPERIOR})?|请求${SUPERIOR})[^，,。；;！!？?\\s]{0,12}?${ACT}[^，,。；;！!？?\\s]{0,12}?(?=[。！!；;]|\\s*$)`,
  ].join('|'),
  'gm',
);

const REQUEST_AT = new RegExp(REQUEST.source, 'my');

/**
 * The plain text every match of REQUEST begins with: the words before 请 in the first branch, or 请 itself (or 望予, 盼予);
 * 恳请 and 特请; 特此 or 现 with 报请 or 提请. REQUEST, whose branches begin with lookbehinds and optional
 * words, is tried only where one of these stands (tried at every offset it was most of the rules' time on a
 * long draft).
 */
const STARTS = /妥否|当否|可否|是否妥当|以上意见如无不妥|如无不妥|如无不当|请|恳请|特请|望予|盼予|特此报请|特此提请|现报请|现提请/g;

/** Where REQUEST matches, as text.matchAll(REQUEST) would find them. */
function requests(text: string): { start: number; written: string }[] {
  const found: { start: number; written: string }[] = [];
  let done = 0;
  STARTS.lastIndex = 0;
  // One start may stand inside another (恳请 holds 请): every offset is tried.
  for (let s = STARTS.exec(text); s; STARTS.lastIndex = s.index + 1, s = STARTS.exec(text)) {
    if (s.index < done) continue;
    REQUEST_AT.lastIndex = s.index;
    const m = REQUEST_AT.exec(text);
    if (!m) continue;
    found.push({ start: s.index, written: m[0] });
    done = s.index + m[0].length;
  }
  return found;
}

export const requestInReport: Rule = {
  code: 'request-in-report',
  defaultSeverity: 'warning',
  check(report) {
    return requests(report.text).map(({ start, written }) => ({
      start,
      end: start + written.length,
      message: l10n.t('报告中不得夹带请示事项（《党政机关公文处理工作条例》第十五条）：“{0}”是请示用语，报告可用“特此报告。”结尾；需要批复的事项另行请示。', written),
    }));
  },
};
