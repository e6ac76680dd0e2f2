import * as assert from 'node:assert/strict';
import { parseReport } from '../server/src/service/report/parseReport';
import data from '../server/src/service/rules/data/formulations.json';
import { runRules } from '../server/src/service/rules/runRules';

// Fixed series (依法治国、依法执政、依法行政) with one member replaced by a word one character away, and
// the wording that must stay quiet: a series written in part, a member that is a correct term of its
// own, renamed terms correct in their years.

const sentenceIn = (sentence: string) =>
  [
    '临江市司法局2024年度法治政府建设情况报告',
    '一、2024年度推进法治政府建设的主要举措和成效',
    `（一）加强领导。${sentence}`,
    '二、2024年度推进法治政府建设存在的不足和原因',
    '执法力量不足。究其原因，主要是编制紧张。',
    '三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
    '主要负责人带头学法。',
    '四、2025年度推进法治政府建设的主要安排',
    '继续推进依法行政。',
    '特此报告。',
    '临江市司法局',
    '2025年3月20日',
    '',
  ].join('\n');
const formulation = (text: string) => runRules(parseReport(text)).filter((d) => d.code === 'formulation');
const fixed = (text: string, d: { fix?: { edits: { start: number; end: number; newText: string }[] } }) =>
  [...d.fix!.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);

describe('formulation: a fixed series with one member replaced', () => {
  it('依法治政 in 依法治国、依法执政、依法行政 is found and fixed to 依法执政, the rest of the series untouched', () => {
    const text = sentenceIn('坚持依法治国、依法治政、依法行政共同推进。');
    const found = formulation(text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), '依法治政');
    assert.match(found[0].message, /依法治国、依法执政、依法行政/);
    assert.ok(fixed(text, found[0]).includes('坚持依法治国、依法执政、依法行政共同推进。'));
  });

  it('every series in the lexicon, one character of its second member changed, is found with that member as the fix', () => {
    const failures: string[] = [];
    for (const { items } of data.series) {
      const k = 1;
      const member = items[k];
      const i = member.length - 1 > 0 ? Math.floor(member.length / 2) : 0;
      const wrong = member.slice(0, i) + '甲' + member.slice(i + 1);
      const written = items.map((s, j) => (j === k ? wrong : s)).join('、');
      const text = sentenceIn(`我们坚持${written}。`);
      const found = formulation(text);
      if (found.length !== 1 || text.slice(found[0].start, found[0].end) !== wrong) failures.push(`${written}: ${found.map((d) => d.message).join(' | ') || 'not found'}`);
      else if (!fixed(text, found[0]).includes(`我们坚持${items.join('、')}。`)) failures.push(`${written}: fix gives ${fixed(text, found[0])}`);
    }
    assert.deepEqual(failures, []);
  });

  it('every series written as the lexicon has it is quiet', () => {
    const noisy = data.series.map(({ items }) => items.join('、')).filter((s) => formulation(sentenceIn(`我们坚持${s}。`)).length > 0);
    assert.deepEqual(noisy, []);
  });

  it('a two-character word of one member put as another sharing a character (综合整治 for 综合治理), or its words swapped, is found; a place put in is not', () => {
    for (const [sentence, written, right] of [
      ['坚持“安全第一、预防为主、综合整治”方针。', '综合整治', '综合治理'],
      ['引导群众养成办事依法、遇事找法、解决问题用法、化解矛盾靠理的习惯。', '化解矛盾靠理', '化解矛盾靠法'],
      // A change inside the last member, words going on after it: 全民守法 with 理念 after it.
      ['推动科学立法、严格执法、公正司法、全面守法理念进社区。', '全面守法', '全民守法'],
      // A four-character member with its two words the other way round.
      ['建设职能科学、权责法定、执法严明、公正公开、智能高效、廉洁诚信、人民满意的法治政府。', '公正公开', '公开公正'],
      ['紧扣“学党史、悟思想、办实事、开新篇”目标要求。', '开新篇', '开新局'],
      // In a series of four or more, three members standing exactly make another two-character word a slip.
      ['践行“节水优先、空间均衡、综合治理、两手发力”治水思路。', '综合治理', '系统治理'],
    ]) {
      const found = formulation(sentenceIn(sentence));
      assert.deepEqual(found.map((d) => [sentenceIn(sentence).slice(d.start, d.end), d.fix?.edits[0].newText]), [[written, right]], sentence);
    }
    for (const sentence of ['坚持法治武汉、法治政府、法治社会一体建设。', '做到办事依法、遇事找法、解决问题用法、化解矛盾靠法的要求。']) {
      assert.deepEqual(formulation(sentenceIn(sentence)).map((d) => d.message), [], sentence);
    }
  });

  it('stays quiet on a series in part, a member that is a correct term of its own, and a word that goes on after the last member', () => {
    for (const sentence of [
      '推进严格执法、公正司法、全民守法。',
      '运用法治思维和法治方式深化改革、推动发展、化解矛盾、维护稳定。',
      '坚持依法治省、依法执政、依法行政共同推进。',
      // A region's own standard form: 依法治疆 (the Party's 治疆方略), 依法治藏 (治藏方略).
      '坚持依法治疆、依法执政、依法行政共同推进。',
      '坚持依法治藏、依法执政、依法行政共同推进。',
      '坚持法治临江、法治政府、法治社会一体建设。',
      '建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。',
      '履行公众参与、专家论证、风险评估、合法性审核、集体讨论决定程序。',
      '坚持依法治国、依法执政、依法行使职权。',
      '反对形式主义、官僚主义、享乐主义和奢靡之风。',
    ]) {
      assert.deepEqual(formulation(sentenceIn(sentence)).map((d) => d.message), [], sentence);
    }
  });
});

describe('formulation: terms renamed over the years', () => {
  it('法治副校长 (教育部令第51号, 2021) and the earlier 法制副校长 are both correct', () => {
    assert.deepEqual(formulation(sentenceIn('全县中小学聘任法治副校长120名，原法制副校长全部完成换聘。')), []);
  });

  it('a wrong form whose right side is long leaves the natural shorter wording alone (行政权力制约监督)', () => {
    for (const sentence of ['加强行政权力制约监督。', '解决发展不平衡不充分发展的问题。', '把权力关进制度笼子。']) {
      assert.deepEqual(formulation(sentenceIn(sentence)).map((d) => d.message), [], sentence);
    }
  });
});
