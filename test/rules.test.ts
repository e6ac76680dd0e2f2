import * as assert from 'node:assert/strict';
import { parseReport } from '../server/src/service/report/parseReport';
import { loadRuleSettings } from '../server/src/service/rules/ruleSettings';
import { type Diagnosis, runRules } from '../server/src/service/rules/runRules';
import type { Rule } from '../server/src/service/rules/ruleTypes';
import { applyEdits } from '../server/src/service/text/offsetEdits';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../server/src/service/rules/registry';
import { createReportService, newReportSnippet, toPlainText } from '../server/src/service';
import { doc, readSeed, ROOT, seedNames } from './support/documents';

const check = (text: string) => runRules(parseReport(text));
const codes = (text: string) => check(text).map((d) => d.code);
const atText = (text: string, d: Diagnosis) => text.slice(d.start, d.end);

/** Applies one diagnosis's fix to the text. */
const applyFix = (text: string, d: Diagnosis) => applyEdits(text, d.fix!.edits);
/** Applies the fixes of all the diagnoses at once, as a workspace edit does. */
const applyFixes = (text: string, found: Diagnosis[]) => applyEdits(text, found.flatMap((d) => d.fix?.edits ?? []));

const COMPLETE = [
  '南川区司法局2024年度法治政府建设情况报告',
  '市委依法治市办：',
  '现将有关情况报告如下：',
  '一、2024年度推进法治政府建设的主要举措和成效',
  '（一）加强领导。成立法治政府建设领导小组。',
  '二、2024年度推进法治政府建设存在的不足和原因',
  '一是培训方式单一。究其原因，是经费不足。',
  '三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '主要负责人主持召开专题会议4次。',
  '四、2025年度推进法治政府建设的主要安排',
  '深化行政执法体制改革。',
  '特此报告。',
  '南川区司法局',
  '2025年3月24日',
  '',
].join('\n');

describe('the checker on the seeds, as a reviewer reads them', () => {
  const bySeed = Object.fromEntries(seedNames().map((n) => [n.slice(0, 3), { text: readSeed(n), found: check(readSeed(n)) }]));

  it('001 is complete: no missing-part, nothing above information', () => {
    assert.deepEqual(bySeed['001'].found, []);
  });

  it('003 lacks part 3 (a sentence mentioning 第一责任人 is not the part)', () => {
    const missing = bySeed['003'].found.filter((d) => d.code === 'missing-part');
    assert.equal(missing.length, 1);
    assert.match(missing[0].message, /第一责任人职责/);
    assert.match(missing[0].message, /厅字〔2019〕28号/);
  });

  it('000 and 004 fold part 3 into part 1: not missing', () => {
    assert.ok(!bySeed['000'].found.some((d) => d.code === 'missing-part'));
    assert.ok(!bySeed['004'].found.some((d) => d.code === 'missing-part'));
  });

  it("004's title says 工作总结", () => {
    const [t] = bySeed['004'].found.filter((d) => d.code === 'title');
    assert.match(t.message, /文种应为“报告”，这里是“总结”/);
    assert.equal(applyFix(bySeed['004'].text, t).split('\n')[0], '市科技局2022年度法治政府建设工作情况报告');
  });

  it('002 has ASCII parentheses, half-width punctuation and web chrome; its 第一责任人 part before the 不足 part is its choice', () => {
    const found = bySeed['002'].found;
    assert.ok(found.filter((d) => d.code === 'punctuation').length > 90);
    assert.equal(found.filter((d) => d.code === 'heading-marker').length, 14);
    assert.deepEqual(
      found.filter((d) => d.code === 'artifact').map((d) => atText(bySeed['002'].text, d)),
      ['您当前的位置: 首页>>政务公开>>政府信息公开目录>>法治政府建设年度报告', '来自: 日期:2025-03-24', '扫一扫在手机打开当前页'],
    );
    assert.equal(found.filter((d) => d.code === 'part-order').length, 0);
  });

  it('000 and 003 carry Word bookmarks; 003 has a long run of spaces', () => {
    const bookmarks = (k: string) => bySeed[k].found.filter((d) => d.code === 'artifact' && /bookmark/.test(atText(bySeed[k].text, d)));
    assert.equal(bookmarks('000').length, 1);
    assert.equal(bookmarks('003').length, 1);
    const run = bySeed['003'].found.find((d) => d.code === 'artifact' && /^ +$/.test(atText(bySeed['003'].text, d)));
    assert.ok(run && run.end - run.start > 100 && run.severity === 'warning');
  });

  it('each rule fires on the seeds it should and stays quiet on every other', () => {
    const expected: Record<string, string[]> = {
      '000': ['artifact', 'missing-cause'],
      '001': [],
      '002': ['artifact', 'heading-marker', 'punctuation'],
      '003': ['artifact', 'missing-cause', 'missing-part'],
      // 004 writes 全民国家安全日 for 全民国家安全教育日 (《国家安全法》第十四条).
      '004': ['formulation', 'title'],
    };
    for (const [seed, codes] of Object.entries(expected)) {
      assert.deepEqual([...new Set(bySeed[seed].found.map((d) => d.code))].sort(), codes, seed);
    }
  });

  it('a well-formed report shows nothing', () => {
    assert.deepEqual(check(COMPLETE), []);
  });
});

describe('each rule: a draft that triggers it, and its fix', () => {
  it('missing-part inserts the part at the right place with the right number, and renumbers after it', () => {
    const draft = COMPLETE.replace(/二、2024年度推进法治政府建设存在的不足和原因\n一是培训方式单一。究其原因，是经费不足。\n/, '').replace('三、2024', '二、2024').replace('四、2025', '三、2025');
    const [missing] = check(draft).filter((d) => d.code === 'missing-part');
    assert.match(missing.message, /存在的不足和原因/);
    const fixed = applyFix(draft, missing);
    assert.deepEqual(
      parseReport(fixed).sections.map((s) => s.marker + s.part),
      ['一、1', '二、2', '三、3', '四、4'],
    );
    assert.match(fixed, /\n二、2024年度推进法治政府建设存在的不足和原因\n/);
    assert.ok(!codes(fixed).includes('missing-part'));
  });

  it('missing-part at the end: part 4 appended with the next year', () => {
    const draft = COMPLETE.replace(/四、2025年度推进法治政府建设的主要安排\n深化行政执法体制改革。\n/, '');
    const [missing] = check(draft).filter((d) => d.code === 'missing-part');
    const fixed = applyFix(draft, missing);
    assert.match(fixed, /\n四、2025年度推进法治政府建设的主要安排\n/);
    assert.ok(!codes(fixed).includes('missing-part'));
  });

  it('missing-cause: a 不足 part that never says why', () => {
    assert.deepEqual(codes(COMPLETE.replace('究其原因，', '').replace('存在的不足和原因', '存在的问题')), ['missing-cause']);
    assert.deepEqual(codes(COMPLETE.replace('存在的不足和原因', '存在的问题')), []);
  });

  it('title: no year, no 法治政府建设, no issuing organ; a title without a year is not also told it lacks the organ', () => {
    const noYear = check(COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', '关于依法行政工作的报告')).filter((d) => d.code === 'title');
    assert.deepEqual(noYear.map((d) => d.message.slice(0, 8)), ['标题中没有年度。', '标题中没有“法治']);
    const noOrgan = check(COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', '2024年度法治政府建设情况报告')).filter((d) => d.code === 'title');
    assert.deepEqual(noOrgan.map((d) => d.message.slice(0, 9)), ['标题中没有发文机关']);
    // 我镇, 本局: how the text speaks of the organ, not its name; 本溪市 is a name.
    for (const [title, found] of [['我镇2024年度法治政府建设情况报告', 1], ['本局2024年度法治政府建设情况报告', 1], ['本溪市司法局2024年度法治政府建设情况报告', 0]] as const) {
      assert.equal(check(COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', title)).filter((d) => d.code === 'title').length, found, title);
    }
  });

  it('title: the organ is found wherever it stands in the title', () => {
    for (const title of ['2020年度市科技局法治政府建设工作情况报告', '关于2020年度市科技局法治政府建设情况的报告', '中共某某市司法局党组关于2020年度法治政府建设情况的报告']) {
      const draft = COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', title).replaceAll('2024', '2020').replaceAll('2025', '2021');
      assert.deepEqual(check(draft).filter((d) => d.code === 'title'), [], title);
    }
  });

  it("title: a school's, a company's or a Party organ's 法治建设 names the matter; a government's does not", () => {
    const title = (t: string) => check(COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', t)).filter((d) => d.code === 'title').map((d) => d.message.slice(0, 8));
    assert.deepEqual(title('某某师范学院关于2024年度法治建设工作情况的报告'), []);
    assert.deepEqual(title('某某市城投集团有限公司2024年度法治工作报告'), []);
    assert.deepEqual(title('中共某某县委员会党校2024年度依法治校工作报告'), []);
    assert.deepEqual(title('某某县人民政府2024年度法治建设情况报告'), ['标题中没有“法治']);
  });

  it("title: last year's title template over a report whose opening and date line agree on another year", () => {
    const draft = COMPLETE.replace('现将有关情况报告如下：', '2024年，我局坚持依法行政。现将有关情况报告如下：').replace('南川区司法局2024年度', '南川区司法局2025年度');
    const found = check(draft).filter((d) => d.code === 'title' || d.code === 'year');
    // The title is the one slip; the rest of the report is read as the 2024 report it is.
    assert.deepEqual(found.map((d) => [d.code, d.message.slice(0, 14)]), [['title', '标题写的是2025年度，开头']]);
    // A title and a date line that agree are not second-guessed by the opening.
    const agreed = COMPLETE.replace('现将有关情况报告如下：', '2023年，我局坚持依法行政。现将有关情况报告如下：');
    assert.deepEqual(check(agreed).filter((d) => d.code === 'title'), []);
  });

  it('title: a 述职报告 is a person\'s, not an organ\'s yearly report', () => {
    const found = check(COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', '南川区司法局2024年度法治政府建设述职报告')).filter((d) => d.code === 'title');
    assert.deepEqual(found.map((d) => d.message.slice(0, 6)), ['“述职报告”']);
  });

  it('title: web chrome real pages put above the title is recognised, and the title found below it', () => {
    for (const chrome of ['[ 索引号 ] | 11440100/2024-00123 | [ 发布机构 ] | 市科技局 |', '索 引 号：11440100/2024-00123', '今天是：2025年3月1日 星期六', '枣庄市市中区人民政府门户网站', '首页', '字体：[大 中 小]', '# source: https://kjj.example.gov.cn/zwgk/t20240301_1.html', '# org: 某某市科学技术局  year: 2024']) {
      const draft = `${chrome}\n${COMPLETE}`;
      assert.deepEqual(check(draft).filter((d) => d.code === 'title'), [], chrome);
      assert.deepEqual(check(draft).filter((d) => d.code === 'artifact').map((d) => atText(draft, d)), [chrome], chrome);
    }
  });

  it('title: menus, account links, buttons and metadata rows of government pages above the title are chrome too', () => {
    for (const chrome of [
      '某某市人民政府网 | 区县频道 | 网站导航',
      '首页 政务公开 互动交流 办事服务',
      '登录 注册',
      '朗读',
      '分享：',
      '栏目：通知公告 发布时间：2025-03-01',
      '【 字体：  】',
      '[ 发文字号 ]',
      '[ 体裁分类 ] 工作报告',
      '[ 有效性 ]',
      '索引号 | 115001/2025-00012 | |',
      '区县政务公开',
      '- 索 引 号：115001/2025-00012',
      '- 效力状态：有效',
    ]) {
      const draft = `${chrome}\n${COMPLETE}`;
      assert.deepEqual(check(draft).filter((d) => d.code === 'title'), [], chrome);
      assert.deepEqual(check(draft).filter((d) => d.code === 'artifact').map((d) => atText(draft, d)), [chrome], chrome);
    }
  });

  it("title: the page's own title line above the report's title (site name after it, or the document number before it) is chrome; a document number below the title ends it", () => {
    for (const pageTitle of ['南川区司法局2024年度法治政府建设情况报告-南川区人民政府网', '南川司〔2025〕3号《南川区司法局2024年度法治政府建设情况报告》']) {
      const draft = `${pageTitle}\n${COMPLETE}`;
      assert.equal(parseReport(draft).title?.text, '南川区司法局2024年度法治政府建设情况报告', pageTitle);
      assert.deepEqual(check(draft).filter((d) => d.code === 'title'), [], pageTitle);
      assert.deepEqual(check(draft).filter((d) => d.code === 'artifact').map((d) => atText(draft, d)), [pageTitle], pageTitle);
    }
    // Alone, the same line is the draft's only title: kept, not called chrome.
    const alone = COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', '南川区司法局2024年度法治政府建设情况报告-南川区人民政府网');
    assert.deepEqual(check(alone).filter((d) => d.code === 'artifact'), []);
    const numbered = COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', '南川区司法局2024年度法治政府建设情况报告\n南川司〔2025〕3号');
    assert.equal(parseReport(numbered).title?.text, '南川区司法局2024年度法治政府建设情况报告');
    assert.deepEqual(check(numbered).filter((d) => d.code === 'title'), []);
  });

  it("title: a site's date banner with the weekday, and the column name above a breadcrumb, are chrome; the report's own title is found below them", () => {
    const banner = '某某县人民政府 2025年4月7日星期一';
    const draft = `${banner}\n${COMPLETE}`;
    assert.equal(parseReport(draft).title?.text, '南川区司法局2024年度法治政府建设情况报告');
    assert.deepEqual(check(draft).filter((d) => d.code === 'title'), []);
    assert.deepEqual(check(draft).filter((d) => d.code === 'artifact').map((d) => atText(draft, d)), [banner]);
    // 工作报告 is the site's column: the title that names 法治政府建设 comes after the breadcrumb.
    const column = `工作报告\n\n您所在的位置：政务公开 > 工作报告\n\n${COMPLETE}`;
    assert.equal(parseReport(column).title?.text, '南川区司法局2024年度法治政府建设情况报告');
    assert.deepEqual(check(column).filter((d) => d.code === 'title'), []);
    // Alone above the body, a title without the matter is still the title, and still told.
    const alone = COMPLETE.replace('南川区司法局2024年度法治政府建设情况报告', '南川区司法局2024年度工作报告');
    assert.deepEqual(check(alone).filter((d) => d.code === 'title').map((d) => d.message.slice(0, 8)), ['标题中没有“法治']);
  });

  it('missing-part: a first part headed by the year\'s 法治政府建设情况 or 主要情况, or by an outcome of 法治政府建设, is the 举措和成效 part', () => {
    for (const heading of ['一、2024年法治政府建设情况', '一、2024年度法治政府建设主要情况', '一、法治政府建设水平稳步提升']) {
      const draft = COMPLETE.replace('一、2024年度推进法治政府建设的主要举措和成效', heading);
      assert.deepEqual(check(draft).filter((d) => d.code === 'missing-part'), [], heading);
      assert.equal(parseReport(draft).sections[0].part, 1, heading);
    }
  });

  it('part-order: the plan before the results, or the 不足 part after the plan; not the 第一责任人 part before the 不足 part', () => {
    // COMPLETE's four parts, each its heading and one line of body, put together in another order.
    const lines = COMPLETE.split('\n');
    const at = (n: number) => lines.findIndex((l) => l.startsWith(`${'一二三四'[n - 1]}、`));
    const part = (n: number) => lines.slice(at(n), at(n) + 2).join('\n');
    const inOrder = (...parts: number[]) => [...lines.slice(0, at(1)), ...parts.map(part), ...lines.slice(at(4) + 2)].join('\n');
    const order = (draft: string) => check(draft).filter((d) => d.code === 'part-order').map((d) => atText(draft, d).slice(0, 2));
    assert.deepEqual(order(inOrder(1, 2, 3, 4)), []);
    assert.deepEqual(order(inOrder(1, 3, 2, 4)), []);
    assert.deepEqual(order(inOrder(4, 1, 2, 3)), ['一、']);
    assert.deepEqual(order(inOrder(1, 3, 4, 2)), ['二、']);
  });

  it('part 3 folded into part 1 by a leadership sub-heading whose first sentence tells the duties; not by a passing mention', () => {
    const withoutPart3 = COMPLETE.replace(/三、2024年度党政主要负责人[^\n]*\n主要负责人主持召开专题会议4次。\n/, '').replace('四、2025年度', '三、2025年度');
    const missing = (draft: string) => check(draft).filter((d) => d.code === 'missing-part').length;
    assert.equal(missing(withoutPart3), 1);
    const folded = withoutPart3.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）强化组织领导，压实法治建设责任。局长认真履行推进法治建设第一责任人职责，全年主持专题会议4次。');
    assert.equal(missing(folded), 0);
    // Under a heading on something else, or further down, the mention is not the part.
    for (const body of ['（一）规范行政执法。局长认真履行推进法治建设第一责任人职责，全年主持专题会议4次。', '（一）加强领导。成立领导小组。局长认真履行推进法治建设第一责任人职责。']) {
      assert.equal(missing(withoutPart3.replace('（一）加强领导。成立法治政府建设领导小组。', body)), 1, body);
    }
  });

  it('part 3 folded in as a point: a 一是 whose lead tells the duties, or a leadership sub-heading whose first point is named before the duties are told', () => {
    const withoutPart3 = COMPLETE.replace(/三、2024年度党政主要负责人[^\n]*\n主要负责人主持召开专题会议4次。\n/, '').replace('四、2025年度', '三、2025年度');
    const missing = (draft: string) => check(draft).filter((d) => d.code === 'missing-part').length;
    for (const body of [
      '（一）加强党的领导。\n一是局长切实履行推进法治建设第一责任人职责。全年主持专题会议4次。\n二是健全工作机制。',
      '（一）加强党的领导。\n一是压紧工作责任。局长认真履行推进法治建设第一责任人职责，全年主持专题会议4次。',
      '（一）履行第一责任，夯实法治基础。一是压实领导责任。局长认真履行推进法治建设第一责任人职责，主持专题会议4次。',
    ]) {
      const draft = withoutPart3.replace('（一）加强领导。成立法治政府建设领导小组。', body);
      assert.equal(missing(draft), 0, body);
    }
    // A point on something else that mentions the duties further on is not the part.
    const passing = withoutPart3.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）加强党的领导。\n一是规范行政执法。开展案卷评查2次，局长认真履行推进法治建设第一责任人职责。');
    assert.equal(missing(passing), 1);
  });

  it('year: a sentence of part 3 opening with the next year tells the future as done; a plan sub-heading may name a year since which', () => {
    const later = COMPLETE.replace('主要负责人主持召开专题会议4次。', '2025年，局长主持召开专题会议4次。');
    assert.deepEqual(check(later).filter((d) => d.code === 'year').map((d) => atText(later, d)), ['2025']);
    const planned = COMPLETE.replace('主要负责人主持召开专题会议4次。', '2025年，局长将主持召开专题会议。');
    assert.deepEqual(check(planned).filter((d) => d.code === 'year'), []);
    const since = COMPLETE.replace('深化行政执法体制改革。', '1.开展规范性文件全面清理，对2018年以来出台的文件逐件评估。\n2.较2024年提高执法案卷优良率。');
    assert.deepEqual(check(since).filter((d) => d.code === 'year'), []);
  });

  it('part-order: a further section on a part already placed (a second look back after 不足) is not reported as out of order', () => {
    const draft = COMPLETE.replace('三、2024年度党政主要负责人', '（插入）\n三、2024年度党政主要负责人').replace('（插入）', '三、2024年度推进法治政府建设的主要举措和成效（续）\n行政复议工作稳步推进。').replace(/三、2024年度党政主要负责人/, '四、2024年度党政主要负责人').replace('四、2025年度', '五、2025年度');
    assert.equal(parseReport(draft).sections.filter((s) => s.part === 1).length, 2);
    assert.deepEqual(check(draft).filter((d) => d.code === 'part-order'), []);
  });

  it('request-in-report: every closing request of a 请示, and 现报请批准 as one; not 报请批准 or 提请审定 told of a procedure', () => {
    for (const phrase of ['妥否，请批示', '请批转', '请审批', '请审定', '请核准', '请批准', '请予批复', '请予以批准', '当否，请批示', '现报请批准', '特此提请市政府审定', '请县政府审批', '恳请省政府予以批准', '请市委依法治市办审核批准', '请予核批', '望予批复', '盼予批准', '恳请市政府批准增加编制3名', '请市政府审定批复', '如无不妥，请区政府批转各社区执行']) {
      const found = check(COMPLETE.replace('特此报告。', `以上报告，${phrase}。`)).filter((d) => d.code === 'request-in-report');
      assert.equal(found.length, 1, phrase);
    }
    const quiet = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）加强领导。规范性文件经报请市政府批准后印发，提请审定的草案均经合法性审核，依法申请核准。实现报请批准事项网上办理，现提请审定的事项均已公示，方案请县政府审批后实施，邀请市司法局审定。');
    assert.deepEqual(check(quiet).filter((d) => d.code === 'request-in-report'), []);
  });

  it('year: a year in a cited title, a period or a target in a heading is not the part\'s year', () => {
    const draft = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）落实《临江市2025年法治政府建设工作要点》的准备\n（二）对标到2026年基本建成法治政府的目标').replace('四、2025年度推进法治政府建设的主要安排\n深化行政执法体制改革。', '四、2025年度推进法治政府建设的主要安排\n（一）2026年底前完成清理\n（二）2024年工作安排');
    const found = check(draft).filter((d) => d.code === 'year');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['2024']);
  });

  it('punctuation: a 顿号 between 》 and “, or inside a cited title, stays', () => {
    const draft = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）加强领导。学习《条例》、“三项制度”，落实《关于推行“三项制度”、“两个清单”的通知》。');
    assert.deepEqual(check(draft).filter((d) => d.code === 'punctuation'), []);
  });

  it('date-format: 2025.3.24, 2025-03-24, 2025年03月05日, 二〇二五年三月 → 2025年3月24日', () => {
    for (const [written, expected] of [
      ['2025.3.24', '2025年3月24日'],
      ['2025-03-24', '2025年3月24日'],
      ['2025年03月05日', '2025年3月5日'],
      ['二〇二五年三月二十四日', '2025年3月24日'],
    ]) {
      const draft = COMPLETE.replace('2025年3月24日', written);
      const [d] = check(draft);
      assert.equal(d.code, 'date-format', written);
      assert.equal(applyFix(draft, d), COMPLETE.replace('2025年3月24日', expected), written);
    }
  });

  it('heading-marker: (一) 1、 1． （一）、 １. 一．, fixed to the standard form', () => {
    const draft = '一．甲\n(一)乙\n（二）、丙\n1、丁\n2．戊\n３.己\n';
    const found = check(draft).filter((d) => d.code === 'heading-marker');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['一．', '(一)', '（二）、', '1、', '2．', '３.']);
    const fixed = applyFixes(draft, found);
    assert.equal(fixed, '一、甲\n（一）乙\n（二）丙\n1.丁\n2.戊\n3.己\n');
  });

  it('artifact: bookmark, chrome, space runs and trailing whitespace, each removable', () => {
    const draft = '扫一扫在手机打开当前页\n南川区司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n[bookmark: _GoBack]正文    正文。  \n';
    const found = check(draft).filter((d) => d.code === 'artifact');
    assert.equal(found.length, 4);
    const fixed = applyFixes(draft, found);
    assert.equal(fixed, '南川区司法局2024年度法治政府建设情况报告\n一、主要举措和成效\n正文正文。\n');
  });

  it('artifact: blanks are what the parser skips as indentation, no-break spaces and tabs too', () => {
    // Web pages pad with &nbsp; (U+00A0): a run of them, or a tab run, inside a paragraph is as much a leftover as spaces.
    const draft = 'XX局2024年度法治政府建设情况报告\n一、主要举措和成效\n\u00a0\u00a0正文\u00a0\u00a0\u00a0\u00a0正文\t\t\t\t正文。\u00a0\n';
    const found = check(draft).filter((d) => d.code === 'artifact');
    assert.deepEqual(found.map((d) => d.severity), ['warning', 'warning', 'hint']);
    assert.equal(applyFixes(draft, found), 'XX局2024年度法治政府建设情况报告\n一、主要举措和成效\n\u00a0\u00a0正文正文正文。\n');
  });

  it('numbering: a gap and a repeat are found, and the fix renumbers the siblings', () => {
    const draft = '一、甲\n（一）子\n（一）丑\n（三）寅\n二、乙\n四、丙\n';
    const found = check(draft).filter((d) => d.code === 'numbering');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['（一）', '四、']);
    assert.match(found[0].message, /重复/);
    const fixed = applyFixes(draft, found);
    assert.equal(fixed, '一、甲\n（一）子\n（二）丑\n（三）寅\n二、乙\n三、丙\n');
    assert.ok(!codes(fixed).includes('numbering'));
  });

  it('numbering: 1. straight under 一、 is accepted practice and not reported; （1） under 一、 is a warning', () => {
    assert.deepEqual(check('一、甲\n1.子\n2.丑\n').filter((d) => d.code === 'numbering'), []);
    const twoSkips = check('一、甲\n（1）子\n').filter((d) => d.code === 'numbering');
    assert.deepEqual(twoSkips.map((d) => d.severity), ['warning']);
  });

  it('numbering: 1. 2. 3. straight through the sub-sections is accepted when the whole report does it', () => {
    const through = '一、甲\n（一）子\n1.a\n2.b\n（二）丑\n3.c\n4.d\n二、乙\n（一）寅\n5.e\n';
    assert.deepEqual(check(through).filter((d) => d.code === 'numbering'), []);
    // Once one sub-section restarts at 1., the report does not number straight through: 3. is a gap.
    const mixed = '一、甲\n（一）子\n1.a\n2.b\n（二）丑\n3.c\n（三）寅\n1.e\n';
    assert.deepEqual(check(mixed).filter((d) => d.code === 'numbering').map((d) => atText(mixed, d)), ['3.']);
  });

  it('numbering: a 一是 list in a new paragraph starts again', () => {
    const draft = '一、甲\n一是做了甲。\n二是做了乙。\n另一段正文：\n一是做了丙。\n二是做了丁。\n';
    assert.deepEqual(check(draft).filter((d) => d.code === 'numbering'), []);
  });

  it('numbering: a 一是 in the run-on text of a heading starts the list its paragraphs go on with; a gap after it is still found', () => {
    const draft = '一、甲\n（一）压实责任。一是强化领导。\n召开专题会议3次。\n二是加强培训。\n三是严格考核。\n';
    assert.deepEqual(check(draft).filter((d) => d.code === 'numbering'), []);
    const gap = '一、甲\n（一）压实责任。一是强化领导。\n召开专题会议3次。\n三是加强培训。\n四是严格考核。\n';
    assert.deepEqual(check(gap).filter((d) => d.code === 'numbering').map((d) => atText(gap, d)), ['三是']);
  });

  it('numbering: mixed styles at one level are said once', () => {
    const draft = '一、甲\n1.子\n2、丑\n3、寅\n';
    const found = check(draft).filter((d) => d.code === 'numbering' && d.severity === 'warning');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['2、']);
    assert.match(found[0].message, /混用/);
  });

  it('numbering: items 一是 三是 without 二是', () => {
    const draft = '一、甲\n一是建立机制。\n三是压实责任。\n';
    assert.deepEqual(check(draft).filter((d) => d.code === 'numbering').map((d) => atText(draft, d)), ['三是']);
  });

  it('numbering: 一是 … 二是 … inside one paragraph count too; 一是一、二是二, 统一是, 其一是 are words', () => {
    const draft = COMPLETE.replace(
      '主要负责人主持召开专题会议4次。',
      '主要负责人认真履行职责，一是亲自部署，年初召开会议；二是亲自推动，研究议题4次；四是亲自示范，带头学法。\n一是压实责任。\n二是加强督办，三是严格考核；五是跟踪问效。',
    );
    const found = check(draft).filter((d) => d.code === 'numbering');
    // The paragraph's own 二是 begins the list its 三是 and 五是 continue.
    assert.deepEqual(found.map((d) => atText(draft, d)), ['四是', '五是']);
    assert.match(found[0].message, /不连续/);
    assert.equal(applyFix(draft, found[0]).includes('三是亲自示范'), true);
    const quiet = COMPLETE.replace(
      '主要负责人主持召开专题会议4次。',
      '坚持一是一、二是二，统一是前提，其一是制度。一是建立制度；二是完善机制。一是另起一列，二是接着写；三是写完。第三是结果。',
    );
    assert.deepEqual(check(quiet).filter((d) => d.code === 'numbering'), []);
  });

  it('year: a plan for the wrong year, a part 1 heading for another year, a date line outside N+1', () => {
    const draft = COMPLETE.replace('四、2025年度', '四、2024年度').replace('一、2024年度', '一、2023年度').replace('2025年3月24日', '2024年3月24日');
    const found = check(draft).filter((d) => d.code === 'year');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['2023', '2024', '2024年3月24日']);
    assert.match(found[1].message, /安排部分应写2025年/);
    assert.equal(applyFix(draft, found[1]).includes('四、2025年度推进'), true);
  });

  it("year: a plan part's sub-headings name the next year too; a part 5 heading names no year to check", () => {
    const draft = COMPLETE.replace('深化行政执法体制改革。', '（一）2024年重点任务\n深化行政执法体制改革。\n五、2023年以来其他需要报告的情况\n无。');
    const found = check(draft).filter((d) => d.code === 'year');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['2024']);
    assert.match(found[0].message, /安排部分应写2025年/);
  });

  it("year: last year's opening and plan sentences carried over: 现将我局2023年度……报告如下, 2024年，我局将……", () => {
    const draft = COMPLETE.replace('现将有关情况报告如下：', '2023年，我局坚持依法行政。现将我局2023年度法治政府建设情况报告如下：').replace(
      '深化行政执法体制改革。',
      '2024年，我局将重点做好以下工作。2024年，全区已建成示范点。到2024年底，全区已完成改革。',
    );
    const found = check(draft).filter((d) => d.code === 'year');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['2023', '2023', '2024']);
    assert.match(found[0].message, /开头应写2024年/);
    assert.match(found[2].message, /安排部分应写2025年/);
    const quiet = COMPLETE.replace('现将有关情况报告如下：', '根据《纲要（2021—2025年）》，现将2024年度情况报告如下：').replace('深化行政执法体制改革。', '2025年，我局将深化改革。');
    assert.deepEqual(check(quiet).filter((d) => d.code === 'year'), []);
  });

  it('year: a deadline in the plan part that falls in the reported year or before it', () => {
    const draft = COMPLETE.replace(
      '深化行政执法体制改革。',
      '一是加强队伍建设，2024年内组织执法人员全员轮训一次；二是2024年底前实现全覆盖；三是到2024年底完成改革；四是于2024年上半年召开推进会；五是2023年6月底前出台办法。',
    );
    const found = check(draft).filter((d) => d.code === 'year');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['2024', '2024', '2024', '2024', '2023']);
    assert.match(found[0].message, /安排部分应写2025年/);
    assert.equal(applyFix(draft, found[0]).includes('2025年内组织执法人员'), true);
    // Periods, cited titles, reference points, next year's deadlines and what is told as done are not deadlines.
    const quiet = COMPLETE.replace(
      '深化行政执法体制改革。',
      '落实《法治政府建设实施纲要（2021－2025年）》和《2024年上半年工作要点》，在2024年基础上，案件较2024年下降一成，到2025年基本建成，2025年底前完成清理。截至2024年底，全区已建成示范点；到2024年底，已完成改革。巩固2024年底前完成的改革成果，总结2024年上半年试点经验，健全2024年内部控制制度，对2024年内未办结的案件跟踪督办。',
    );
    assert.deepEqual(check(quiet).filter((d) => d.code === 'year').map((d) => atText(quiet, d)), []);
  });

  it("year: a paragraph on the reported year opening with last year's number", () => {
    const draft = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）加强领导。2023年，成立法治政府建设领导小组。').replace(
      '主要负责人主持召开专题会议4次。',
      '2023年，县政府主要负责同志认真履行第一责任人职责，主持召开专题会议4次。',
    );
    const found = check(draft).filter((d) => d.code === 'year');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['2023', '2023']);
    assert.match(found[1].message, /应写2024年的情况，这里写的是2023年/);
    assert.equal(applyFix(draft, found[1]).includes('2024年，县政府主要负责同志'), true);
    // Years compared, 以来, 年度考核, an honour the year builds on, and two years back are left alone.
    const quiet = COMPLETE.replace(
      '主要负责人主持召开专题会议4次。',
      [
        '2023年，全区受理行政复议案件85件；2024年，增至112件。',
        '2023年以来，主要负责人带头学法。',
        '2023年度考核中，我局位列第一。',
        '2023年，我局被评为法治政府建设示范单位，主要负责人带头巩固创建成果。',
        '2022年，主要负责人带头述法。',
        '2023年，因机构改革，执法人员调整较大，至今仍未配齐。',
      ].join('\n'),
    );
    assert.deepEqual(check(quiet).filter((d) => d.code === 'year').map((d) => atText(quiet, d)), []);
  });

  it("year: an opening that reports the year's work and next year's plan together names both years", () => {
    const both = COMPLETE.replace('现将有关情况报告如下：', '现将我局2024年法治政府建设情况和2025年法治政府建设主要安排报告如下：');
    assert.deepEqual(check(both).filter((d) => d.code === 'year'), []);
    const stale = COMPLETE.replace('现将有关情况报告如下：', '现将我局2023年法治政府建设情况和2025年法治政府建设主要安排报告如下：');
    assert.deepEqual(check(stale).filter((d) => d.code === 'year').map((d) => atText(stale, d)), ['2023']);
    const wrongPlan = COMPLETE.replace('现将有关情况报告如下：', '现将我局2024年工作情况和2026年工作打算报告如下：');
    assert.deepEqual(check(wrongPlan).filter((d) => d.code === 'year').map((d) => atText(wrongPlan, d)), ['2026']);
  });

  it('year: in part 1, a sentence opening with a later year; spans like 2021—2025年 are fine', () => {
    const draft = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）落实《纲要（2021—2025年）》。2025年，我局完成了规划中期评估。');
    const found = check(draft).filter((d) => d.code === 'year');
    assert.deepEqual(found.map((d) => [atText(draft, d), d.severity]), [['2025', 'information']]);
  });

  it("year: the user's setting governs the later-year finding too, lower or higher than its own", () => {
    const draft = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）加强领导。2025年，我局完成了领导小组换届。').replace('四、2025年度', '四、2024年度');
    const severities = (setting: 'hint' | 'error' | 'warning') =>
      runRules(parseReport(draft), { year: setting })
        .filter((d) => d.code === 'year')
        .map((d) => [atText(draft, d), d.severity]);
    assert.deepEqual(severities('hint'), [['2025', 'hint'], ['2024', 'hint']]);
    assert.deepEqual(severities('error'), [['2025', 'error'], ['2024', 'error']]);
    // Set to its default, the rule reads as if not set: the finding keeps its own lower severity.
    assert.deepEqual(severities('warning'), [['2025', 'information'], ['2024', 'warning']]);
  });

  it('formulation: a character replaced, dropped, doubled or swapped; known wrong forms', () => {
    const cases: [string, string][] = [
      ['深入学习习近平新时代中国特色社会主意思想，', '深入学习习近平新时代中国特色社会主义思想，'],
      ['深入学习习近平新时代中国特色社会主思想，', '深入学习习近平新时代中国特色社会主义思想，'],
      ['认真贯彻习近平法治治思想，', '认真贯彻习近平法治思想，'],
      ['认真贯彻习近平法治想思，', '认真贯彻习近平法治思想，'],
      ['学习党的二十大会议精神。', '学习党的二十大精神。'],
      ['学习习近平法制思想。', '学习习近平法治思想。'],
    ];
    for (const [draft, expected] of cases) {
      const found = check(draft).filter((d) => d.code === 'formulation');
      assert.equal(found.length, 1, draft);
      assert.equal(applyFix(draft, found[0]), expected, draft);
    }
  });

  it('formulation: a rare character (two UTF-16 units, 𠮷) beside a formulation is never cut in half', () => {
    // A code-unit window one edit from 习近平法治思想 would end between the halves of 𠮷, and its fix
    // would leave half a character in the draft.
    for (const draft of ['学习𠮷近平法治思想。', '学习习近平法治思𠮷。']) {
      for (const d of check(draft).filter((d) => d.code === 'formulation')) {
        const fixed = applyFix(draft, d);
        assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(fixed), `${draft} → ${JSON.stringify(fixed)}`);
      }
    }
    // The ordinary near miss next to such a character is still found and fixed whole.
    const found = check('𠮷学习习近平法治治思想，').filter((d) => d.code === 'formulation');
    assert.equal(applyFix('𠮷学习习近平法治治思想，', found[0]), '𠮷学习习近平法治思想，');
  });

  it('a rule lists at most 1,000 findings per draft, then one note that more were left out', () => {
    // A pasted megabyte of （ once gave a million diagnostics, more than any editor can show.
    const draft = '南川区司法局2024年度法治政府建设情况报告\n' + '（'.repeat(300_000);
    const found = check(draft).filter((d) => d.code === 'punctuation');
    assert.equal(found.length, 1001);
    assert.ok(found.slice(0, 1000).every((d) => d.message.includes('没有与之配对')));
    assert.equal(found[1000].severity, 'hint');
    assert.match(found[1000].message, /超过 1000 处，只列出前 1000 处/);
  });

  it('punctuation: marks crossed and closed in any order are paired in one pass', () => {
    // 《（ … 》 closes the 《 across the open （, which still waits for its ）.
    // Each 》 is reported as crossing the （ still open inside it; the ） after it then closes that （.
    const draft = '《条例（试行》）。《《（（》》））。';
    const found = check(draft).filter((d) => d.code === 'punctuation');
    assert.deepEqual(found.map((d) => [d.start, atText(draft, d)]), [[6, '》'], [13, '》'], [14, '》']]);
    assert.match(found[0].message, /“》”与前面的“（”交错嵌套/);
    // An opener left over is reported where it stands.
    const left = check('（（《）》').filter((d) => d.code === 'punctuation');
    assert.deepEqual(left.map((d) => [d.start, d.message]), [[3, '“）”与前面的“《”交错嵌套，应先用“》”结束里层。'], [0, '“（”没有与之配对的“）”。']]);
  });

  it('punctuation: a closing quote typed as an opening one is reported where it stands, with its fix', () => {
    const draft = COMPLETE.replace('成立法治政府建设领导小组。', '组织“宪法宣传周“系列活动和“民法典进校园”宣讲，开展“法律明白人。');
    const found = check(draft).filter((d) => d.code === 'punctuation');
    assert.deepEqual(found.map((d) => draft.slice(d.start - 5, d.end)), ['宪法宣传周“', '宣讲，开展“']);
    assert.match(found[0].message, /这里应为后引号/);
    assert.equal(applyFix(draft, found[0]).includes('“宪法宣传周”系列活动'), true);
    assert.match(found[1].message, /没有与之配对/);
    // A closer of the other size for the mark still open (“……’, 《……〉) is one slip, reported at the closer.
    const sized = COMPLETE.replace('成立法治政府建设领导小组。', '推进“双随机、一公开’监管，开展《临江市市容管理条例〉立法后评估。');
    const sizes = check(sized).filter((d) => d.code === 'punctuation');
    assert.deepEqual(sizes.map((d) => [sized.slice(d.start, d.end), d.fix?.edits[0].newText]), [['’', '”'], ['〉', '》']]);
    // An opener typed twice is one doubled mark, fixed to one; the quotation after it is whole.
    const doubled = COMPLETE.replace('成立法治政府建设领导小组。', '全面落实““首违不罚”清单制度。');
    const twice = check(doubled).filter((d) => d.code === 'punctuation');
    assert.deepEqual(twice.map((d) => [doubled.slice(d.start, d.end), d.message]), [['““', '标点““”重复。']]);
    assert.equal(applyFix(doubled, twice[0]).includes('全面落实“首违不罚”清单制度'), true);
    // A " typed in English mode closes the “ before it, or opens and closes a quotation of its own.
    const ascii = COMPLETE.replace('成立法治政府建设领导小组。', '按照“七五"普法规划，开展"法律进社区"活动，配置 key="value" 参数。');
    const quotes = check(ascii).filter((d) => d.code === 'punctuation');
    assert.deepEqual(quotes.map((d) => [ascii.slice(d.start - 1, d.end + 1), d.fix?.edits[0].newText]), [['五"普', '”'], ['展"法', '“'], ['区"活', '”']]);
    // A figure right after the closing " is the sentence going on; a quotation of figures or Latin keeps its ".
    const counted = COMPLETE.replace('成立法治政府建设领导小组。', '培育“学法带头人"86名，选用"V2"版本和"2024"版教材，设置 id="3" 字段。');
    const closers = check(counted).filter((d) => d.code === 'punctuation');
    assert.deepEqual(closers.map((d) => [counted.slice(d.start - 1, d.end + 1), d.fix?.edits[0].newText]), [['人"8', '”']]);
    // A half-width ) typed for the （ before it is one slip, said once.
    const paren = COMPLETE.replace('成立法治政府建设领导小组。', '执法人员均已取得执法证件（持证率100%)。');
    assert.deepEqual(check(paren).filter((d) => d.code === 'punctuation').map((d) => atText(paren, d)), [')']);
    // Inner quotes are ‘’: nothing to say.
    assert.deepEqual(check(COMPLETE.replace('成立', '提出“学习‘宪法’精神”，成立')).filter((d) => d.code === 'punctuation'), []);
  });

  it('formulation: exact forms, 法制 words of their own, and the local 全面依法治市/县 stay quiet', () => {
    for (const draft of ['深入学习习近平新时代中国特色社会主义思想和习近平法治思想。', '落实法制审核制度，健全法制机构。', '市委全面依法治市委员会办公室：', '推进全面依法治县工作。']) {
      assert.deepEqual(codes(draft).filter((c) => c === 'formulation'), [], draft);
    }
  });

  it('punctuation: half-width marks next to Chinese, each fixed; not in 3.5, 15:34, URLs or Latin', () => {
    const draft = '2024年,市科技局坚持(试行);是否落实?落实!时间:15:34,增长3.5亿元,见https://example.gov.cn/a,b。LED,OK';
    const found = check(draft).filter((d) => d.code === 'punctuation');
    assert.deepEqual(found.map((d) => atText(draft, d)), [',', '(', ')', ';', '?', '!', ':', ',', ',']);
    const fixed = applyFixes(draft, found);
    assert.equal(fixed, '2024年，市科技局坚持（试行）；是否落实？落实！时间：15:34，增长3.5亿元，见https://example.gov.cn/a,b。LED,OK');
  });

  it('punctuation: doubled marks, 顿号 between titles, year spans, unbalanced and crossed pairs', () => {
    const draft = '法治思想。。学习《条例》、《办法》和“一”、“二”。2021-2025年。“四个全面。（试行《条例）》。';
    const found = check(draft).filter((d) => d.code === 'punctuation');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['。。', '、', '、', '-', '）', '“']);
    assert.match(found[4].message, /交错/);
    const fixable = found.filter((d) => d.fix);
    const fixed = applyFixes(draft, fixable);
    assert.equal(fixed, '法治思想。学习《条例》《办法》和“一”“二”。2021—2025年。“四个全面。（试行《条例）》。');
  });

  it('punctuation: never asks for spaces between Chinese and digits or Latin letters', () => {
    assert.deepEqual(codes(COMPLETE.replace('主要负责人主持召开专题会议4次。\n四、', '2024年，全市67286家企业使用LED屏。\n四、')), []);
  });

  it('document-number: the year in 〔〕 and in full, no 第, no leading zeros; case numbers and correct numbers stay quiet', () => {
    const draft = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）落实中发[2021]33号、国办发(2021)12号、厅字【2019】28号、国办发〔2021〕033号、国发〔2004〕第10号和中发〔15〕36号。');
    const found = check(draft).filter((d) => d.code === 'document-number');
    assert.deepEqual(found.map((d) => atText(draft, d)), ['[2021]33号', '(2021)12号', '【2019】28号', '〔2021〕033号', '〔2004〕第10号', '〔15〕36号']);
    const fixed = [...found].filter((d) => d.fix).reverse().reduce((t, d) => applyFix(t, d), draft);
    assert.match(fixed, /中发〔2021〕33号、国办发〔2021〕12号、厅字〔2019〕28号、国办发〔2021〕33号、国发〔2004〕10号和中发〔15〕36号/);
    // A two-digit year gets no fix: 19 or 20 cannot be guessed.
    assert.equal(found[5].fix, undefined);
    const quiet = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）落实中发〔2021〕33号、厅字〔2019〕28号；（2021）京01民终123号判决已执行。');
    assert.deepEqual(check(quiet).filter((d) => d.code === 'document-number'), []);
    // 〔〕 after any 机关代字 is a document number: its leading zeros are found too.
    const local = COMPLETE.replace('（一）加强领导。成立法治政府建设领导小组。', '（一）印发办法（青应急〔2021〕007号、滨城管〔2023〕06号、滨城管〔2023〕6号）。');
    assert.deepEqual(check(local).filter((d) => d.code === 'document-number').map((d) => atText(local, d)), ['〔2021〕007号', '〔2023〕06号']);
  });

  it('request-in-report: asking a superior to act at the end of a sentence; not a request told of or a courtesy', () => {
    for (const sentence of ['执法人员难以满足需要，恳请区委编办予以增编。', '恳请市委、市政府一如既往地给予关心支持。', '恳请上级部门在编制方面给予倾斜。', '请求市财政局核拨专项经费。', '经费缺口较大，恳请市政府帮助解决。']) {
      const found = check(COMPLETE.replace('深化行政执法体制改革。', sentence)).filter((d) => d.code === 'request-in-report');
      assert.equal(found.length, 1, sentence);
      assert.match(found[0].message, /请示用语/);
    }
    const quiet = COMPLETE.replace(
      '深化行政执法体制改革。',
      '我局多次恳请省厅给予支持，获批资金200万元。经恳请市委编办同意，增加编制2名。申请人不服，请求法院予以撤销。群众来信请求给予帮助的，均已办结。企业请求市场监管局予以支持。恳请各位领导予以批评指正。',
    );
    assert.deepEqual(check(quiet).filter((d) => d.code === 'request-in-report').map((d) => atText(quiet, d)), []);
  });

  it('request-in-report: 妥否，请批示 inside a 报告', () => {
    const found = check(COMPLETE.replace('特此报告。', '妥否，请批示。')).filter((d) => d.code === 'request-in-report');
    assert.equal(found.length, 1);
  });
});

describe('diagnostics in the service', () => {
  it('are made once per document version, and again when the settings change', () => {
    const service = createReportService();
    const document = doc(readSeed('002_7c7a822b79e1e6d1.txt'));
    const settings = {};
    const first = service.diagnostics(document, settings);
    assert.equal(service.diagnostics(document, settings), first);
    const stricter = service.diagnostics(document, { 'heading-marker': 'error' });
    assert.ok(stricter.some((d) => d.code === 'heading-marker' && d.severity === 1));
    const edited = doc(document.getText().replace('(一)', '（一）'), document.uri, 2);
    assert.equal(service.diagnostics(edited, settings).filter((d) => d.code === 'heading-marker').length, first.filter((d) => d.code === 'heading-marker').length - 1);
  });
});

describe('the rules documentation', () => {
  it('has a section for every rule, with a before → after example', () => {
    const docs = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    for (const rule of RULES) {
      const section = docs.split(`\n## ${rule.code}\n`)[1]?.split('\n## ')[0];
      assert.ok(section, rule.code);
      assert.match(section, /修改前 before/, rule.code);
      assert.match(section, /修改后 after/, rule.code);
    }
  });
});

describe('the rule runner', () => {
  it('a rule that throws becomes one hint naming it; the others still report', () => {
    const broken: Rule = { code: 'broken', defaultSeverity: 'error', check: () => { throw new Error('boom'); } };
    const fine: Rule = { code: 'fine', defaultSeverity: 'warning', check: () => [{ start: 0, end: 1, message: 'ok' }] };
    const found = runRules(parseReport('x'), {}, [broken, fine]);
    assert.deepEqual(found.map((d) => [d.code, d.severity]), [['broken', 'hint'], ['fine', 'warning']]);
    assert.match(found[0].message, /broken.*boom/);
  });

  it('settings set a rule to any severity or off, through the one loader', () => {
    const { rules, problems } = loadRuleSettings({ 'heading-marker': 'error', artifact: 'off', nope: 'error', title: 'loud' });
    assert.deepEqual(problems, ['nope: "error"', 'title: "loud"']);
    const found = runRules(parseReport(readSeed('002_7c7a822b79e1e6d1.txt')), rules);
    assert.ok(found.filter((d) => d.code === 'heading-marker').every((d) => d.severity === 'error'));
    assert.ok(!found.some((d) => d.code === 'artifact'));
  });
});

describe('a file just created', () => {
  const service = createReportService();
  const codesOf = (text: string) => service.diagnostics(doc(text, `file:///new-${text.length}.txt`)).map((d) => d.code);

  it('shows nothing while empty or without a title or heading', () => {
    assert.deepEqual(codesOf(''), []);
    assert.deepEqual(codesOf('\n\n'), []);
    assert.deepEqual(codesOf('今年我们全面推行法律顾问制度'), []);
  });

  it('is checked once it has a title or a heading', () => {
    assert.ok(codesOf('丁县司法局2025年度法治政府建设情况报告\n').includes('missing-part'));
    assert.ok(codesOf('一、主要举措和成效\n').includes('title'));
  });
});

describe('placeholder: template text left in the draft', () => {
  const found = (text: string) =>
    check(text)
      .filter((d) => d.code === 'placeholder')
      .map((d) => atText(text, d));

  it('flags the untouched template: XX for names and years, its guidance sentences, …… for content, X月X日', () => {
    const text = toPlainText(newReportSnippet(new Date(2026, 10, 30)), {});
    assert.deepEqual(found(text), [
      'XX市XX局',
      'XX市XX局',
      '小标题',
      '主要做法、具体数据和取得的成效。',
      '存在的不足及其原因。',
      '主要负责人履职情况。',
      '下一年度的主要安排。',
      'XX市XX局',
      'X月X日',
    ]);
    for (const d of check(text).filter((d) => d.code === 'placeholder')) assert.equal(d.severity, 'warning');
  });

  it("flags the parts' templates: 一是……。, 原因：……。, （一）标题。正文。", () => {
    assert.deepEqual(found('二、2025年度推进法治政府建设存在的不足和原因\n一是……。二是……。产生这些问题的原因：……。\n'), ['……', '……', '……']);
    assert.deepEqual(found('（一）标题。正文。\n'), ['标题。', '正文。']);
    assert.deepEqual(found('XXXX年度法治政府建设情况报告\n'), ['XXXX']);
  });

  it('leaves real text alone: quotations, an ellipsis after words, 等等, Latin words, the template text a writer keeps', () => {
    const real = [
      '南川区司法局2025年度法治政府建设情况报告',
      '区委全面依法治区委员会办公室：',
      '我们认真落实法治政府建设各项任务，开展法治宣传进机关、进社区……等活动。',
      '他在会上强调：“一是……。”，又引用《关于……的意见》。',
      '购置了XXL型号的设备，服务器编号WXX-2。',
      '发放宣传资料、手册等等。',
      '五、其他需要报告的情况',
      '无。',
      '2026年3月1日',
    ].join('\n');
    assert.deepEqual(found(real), []);
  });

  it('makes no finding in the seeds', () => {
    for (const seed of seedNames()) assert.deepEqual(found(readSeed(seed)), [], seed);
  });
});
