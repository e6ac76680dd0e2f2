import * as assert from 'node:assert/strict';
import { parseReport } from '../server/src/service/report/parseReport';
import { CORRECT, WORD_CONFUSIONS, WRONG_FORMS } from '../server/src/service/rules/formulation/lexicon';
import { runRules } from '../server/src/service/rules/runRules';

// A word of like meaning put for the fixed formulation's own (公平 for 公正, 监管 for 监督, 中心 for 核心):
// reported with the right form; the same words in wording of their own stay quiet.

function paragraph(sentence: string): string {
  return [
    '临江市司法局2024年度法治政府建设情况报告',
    '一、2024年度推进法治政府建设的主要举措和成效',
    `（一）加强领导。${sentence}`,
    '特此报告。',
    '',
  ].join('\n');
}
const formulation = (sentence: string) => {
  const text = paragraph(sentence);
  return runRules(parseReport(text))
    .filter((d) => d.code === 'formulation')
    .map((d) => ({ written: text.slice(d.start, d.end), message: d.message, fix: d.fix?.edits[0].newText }));
};

/** Each sentence draws exactly one finding: the written span, with the right form as its fix. */
function expectFound(cases: [sentence: string, written: string, right: string][]): void {
  for (const [sentence, written, right] of cases) {
    assert.deepEqual(
      formulation(sentence).map((f) => [f.written, f.fix]),
      [[written, right]],
      sentence,
    );
  }
}

/** Each sentence draws no finding. */
function expectQuiet(sentences: string[]): void {
  for (const sentence of sentences) assert.deepEqual(formulation(sentence), [], sentence);
}

describe('formulation: a word of like meaning in a fixed formulation', () => {
  it('names the formulation and both words', () => {
    const cases: [string, string, string][] = [
      ['局机关坚持严格规范公平文明执法，全年未发生执法过错。', '严格规范公平文明执法', '严格规范公正文明执法'],
      ['配合深化执法司法制约监管体系改革。', '执法司法制约监管体系', '执法司法制约监督体系'],
      ['坚决维护以习近平同志为中心的党中央权威。', '以习近平同志为中心的党中央', '以习近平同志为核心的党中央'],
      ['落实法定职责必需为、法无授权不可为的要求。', '法定职责必需为', '法定职责必须为'],
      ['深刻领悟“两个确认”的决定性意义。', '“两个确认”的决定性意义', '“两个确立”的决定性意义'],
      ['坚定拥护“两个确认”。', '两个确认', '两个确立'],
      ['推进国家治理体制和治理能力现代化。', '国家治理体制和治理能力现代化', '国家治理体系和治理能力现代化'],
    ];
    for (const [sentence, written, right] of cases) {
      const found = formulation(sentence);
      assert.equal(found.length, 1, sentence);
      assert.equal(found[0].written, written);
      assert.equal(found[0].fix, right);
      assert.match(found[0].message, /义近，固定提法中不能互换/);
    }
  });

  it('every long formulation with a listed word, that word swapped, is found with the formulation as the fix', () => {
    const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
    const missed: string[] = [];
    let tried = 0;
    for (const right of CORRECT.filter((f) => f.length >= 7 && /^[\u3400-\u9fff]/.test(f))) {
      const words = [...segmenter.segment(right)].map((s) => s.segment);
      for (const { words: group } of WORD_CONFUSIONS) {
        const k = words.findIndex((w) => group.includes(w));
        if (k < 0) continue;
        const other = group.find((w) => w !== words[k])!;
        const written = [...words.slice(0, k), other, ...words.slice(k + 1)].join('');
        // A swap that is, or holds, other correct wording (法治思维 in 习近平法治思维) is left alone on purpose.
        if (CORRECT.some((c) => c.length >= 3 && written.includes(c) && !right.includes(c))) continue;
        // A listed wrong form speaks for itself, with the context it needs (第一负责人职责 only after 履行).
        if (WRONG_FORMS.some((w) => w.wrong === written)) continue;
        tried++;
        const found = formulation(`全局上下认真对照${written}的要求抓好落实。`);
        // A listed wrong form may name a shorter part of it (国家管理体系和治理能力): its fix is still part of the right form.
        if (!found.some((f) => f.fix !== undefined && right.includes(f.fix))) missed.push(`${written} → ${right}: ${JSON.stringify(found)}`);
      }
    }
    assert.ok(tried >= 20, `only ${tried} swaps tried`);
    assert.deepEqual(missed, []);
  });

  it('a counted formulation with another count is found; a count before other words is not', () => {
    const found = formulation('增强“三个意识”，坚定四个自信，做到“两个维护”。');
    assert.deepEqual(found.map((f) => [f.written, f.fix]), [['三个意识', '四个意识']]);
    assert.match(found[0].message, /数目不对/);
    assert.deepEqual(formulation('建好三个意识形态阵地，做到两个确保，坚持两个结合、三个结合。'), []);
  });

  it('stays quiet where the other word is wording of its own', () => {
    expectQuiet([
      '全面落实公平竞争审查制度，维护社会公平正义。',
      '健全公共法律服务体制机制，深化行政执法体制机制改革。',
      '依托“互联网+监督”平台公开权力运行情况，推进“互联网+监管”。',
      '坚持以人民为中心，依法管理公共事务，推进社会管理法治化和基层社会治理。',
      '完善行政执法监管体系，落实“两个确保”要求。',
      '必需的执法装备全部配齐，必须坚持依法行政。',
    ]);
  });

  it('a dropped character is found next to correct wording that shares the formulation’s beginning', () => {
    const found = formulation('主任认真履行推进法治建设第一责人职责。');
    assert.deepEqual(found.map((f) => [f.written, f.fix]), [['法治建设第一责人', '法治建设第一责任人']]);
  });
});

describe('formulation: Arabic numerals in a quoted plan name', () => {
  it('“14五” with a sector word before 规划 is found and fixed; a number before 五成 is not', () => {
    const found = formulation('统筹推进“14五”卫生健康规划收官工作，完成率达14五成以上。');
    assert.deepEqual(found.map((f) => [f.written, f.fix]), [['14五', '十四五']]);
  });
});

describe('formulation: the third blind round’s kinds, in sentences of our own', () => {
  it('finds each with its right form', () => {
    const cases: [string, string, string][] = [
      ['服务国家治理体系和治理水平现代化。', '国家治理体系和治理水平现代化', '国家治理体系和治理能力现代化'],
      ['严格落实“双随机、一公布”抽查机制。', '“双随机、一公布”', '“双随机、一公开”'],
      ['局机关全面落实行政执法四项制度。', '行政执法四项制度', '行政执法三项制度'],
      ['统筹推进“四个全民”战略布局。', '“四个全民”', '“四个全面”'],
      ['开展矛盾纠纷排查整冶行动。', '整冶', '整治'],
      ['学习《中华人民共和国乡村振兴法》。', '乡村振兴法', '乡村振兴促进法'],
      ['推进依法行政、依法制教。', '依法制教', '依法治教'],
      ['落实“房子是用来住的、不是用来抄的”要求。', '房子是用来住的、不是用来抄的', '房子是用来住的、不是用来炒的'],
      ['学习贯彻习近平新时代中国特色社会思想。', '中国特色社会思想', '中国特色社会主义思想'],
      ['学习宣传《中华人民共和国退伍军人保障法》。', '退伍军人保障法', '退役军人保障法'],
      ['营造让军人成为全社会尊重的职业的氛围。', '让军人成为全社会尊重的职业', '让军人成为全社会尊崇的职业'],
      ['学习《中华人民共和国基本医疗卫生和健康促进法》。', '基本医疗卫生和健康促进法', '基本医疗卫生与健康促进法'],
      ['构建集中统一、全面覆盖、权威高校的审计监督体系。', '集中统一、全面覆盖、权威高校的审计监督体系', '集中统一、全面覆盖、权威高效的审计监督体系'],
      ['局主要负责人出庭迎诉，一审胜诉。', '出庭迎诉', '出庭应诉'],
      ['深入学习贯彻习近平生态文明思路。', '习近平生态文明思路', '习近平生态文明思想'],
    ];
    expectFound(cases);
  });

  it('stays quiet on the correct words beside them', () => {
    expectQuiet([
      '推进乡村振兴法治建设，依法制定教学计划，编印依法制教材料。',
      '陶冶理想情操，冶金企业安全整治，公布“双随机、一公开”抽查结果。',
      '提升执法水平和治理能力，落实行政执法三项制度和四项制度改革任务。',
      '研究西方社会思想史，宣讲中国特色社会主义思想。',
      '尊重律师执业权利，走访高校法学院，理清工作思路，欢迎各界监督。',
    ]);
  });
});

describe('formulation: slips seen in published reports, in sentences of our own', () => {
  it('the Party congress called a plenum, and the 纲要 given the wrong first year, are found with the right form', () => {
    const cases: [string, string, string][] = [
      ['全面贯彻党的二十大全会精神。', '二十大全会精神', '二十大精神'],
      ['认真学习党的十九大全会精神。', '十九大全会精神', '十九大精神'],
      ['对照《法治政府建设实施纲要（2022—2025年）》逐项推进。', '法治政府建设实施纲要（2022—2025年）', '法治政府建设实施纲要（2021—2025年）'],
    ];
    expectFound(cases);
  });

  it('stays quiet on the plenums after the congress, and on a place’s own 纲要 of those years', () => {
    expectQuiet([
      '深入学习贯彻党的二十大和二十届历次全会精神，学习党的十九大和十九届六中全会精神。',
      '落实《临江市法治政府建设实施纲要（2022—2025年）》。',
    ]);
  });
});

describe('formulation: the sixth blind round’s kinds, in sentences of our own', () => {
  it('a long formulation cited as a title with one character written wrong, a last character dropped or doubled before punctuation', () => {
    const cases: [string, string, string][] = [
      ['严格执行《重大行政决策程序暂时条例》。', '重大行政决策程序暂时条例', '重大行政决策程序暂行条例'],
      ['对照《法治政府建设实施纲领（2021－2025年）》。', '法治政府建设实施纲领（2021－2025年）', '法治政府建设实施纲要（2021－2025年）'],
      ['深入学习习近平法治思想想，推动落实。', '习近平法治思想想', '习近平法治思想'],
      ['全面落实行政执法三项制，修订规则。', '行政执法三项制', '行政执法三项制度'],
      ['坚持“人民之上”理念。', '人民之上', '人民至上'],
      ['做好《优化营商环境条列》学习宣传。', '条列', '条例'],
    ];
    expectFound(cases);
  });

  it('stays quiet on another number, a place’s own level, another subject, a word going on, and outside a title', () => {
    expectQuiet([
      '学习《中央全面依法治国委员会第三次会议精神》。',
      '坚持依法治县、依法执政、依法行政共同推进。',
      '党组主要负责人履行推进法治建设第一责任人职责。',
      '创建法治政府建设示范市建设标杆。',
      '重大行政决策程序暂时未作调整。',
      '坚持纲要要求，落实条列式清单，权力不得凌驾于人民之上。',
    ]);
  });
});

describe('formulation: the seventh blind round’s kinds, in sentences of our own', () => {
  it('finds each with its right form', () => {
    const cases: [string, string, string][] = [
      ['坚持严格规范公证文明执法。', '严格规范公证文明执法', '严格规范公正文明执法'],
      ['深入学习十九大六中全会精神。', '十九大六中全会', '十九届六中全会'],
      ['全面推进乡村振新战略。', '乡村振新战略', '乡村振兴战略'],
      ['实行包容审视监管。', '包容审视监管', '包容审慎监管'],
      ['推动法治国家、法治政府、法治城市一体建设。', '法治城市', '法治社会'],
    ];
    expectFound(cases);
  });

  it('stays quiet on 公证 and 督查 as words of their own, a first member that names a place, and 振新 outside a formulation', () => {
    expectQuiet(['推进公证工作，组织法治政府建设督查。', '坚持法治临江、法治政府、法治社会一体建设。', '振新公司依法经营。']);
  });
});
