import * as assert from 'node:assert/strict';
import { parseReport } from '../server/src/service/report/parseReport';
import { runRules } from '../server/src/service/rules/runRules';
import { applyEdits } from '../server/src/service/text/offsetEdits';

const formulation = (text: string) => runRules(parseReport(text)).filter((d) => d.code === 'formulation');

describe('formulation: homophone slips of a pinyin input method', () => {
  it('finds one character typed as another of the same sound, and names the right form', () => {
    const cases: [string, string, string][] = [
      // [draft, the written form reported, the draft with the offered fix]
      ['引导干部群众尊法学法首法用法。', '尊法学法首法用法', '引导干部群众尊法学法守法用法。'],
      ['坚持和发展新时代“风桥经验”。', '新时代“风桥经验', '坚持和发展新时代“枫桥经验”。'],
      ['落实立德竖人根本任务。', '立德竖人', '落实立德树人根本任务。'],
      ['坚决做到“两个唯护”。', '两个唯护', '坚决做到“两个维护”。'],
      ['坚持法无授权不可维，法定职责必须为。', '法无授权不可维', '坚持法无授权不可为，法定职责必须为。'],
      ['推进严格规范公正文明直法。', '严格规范公正文明直法', '推进严格规范公正文明执法。'],
      // The first character, in a formulation of six or more: 系 for 习.
      ['深入学习贯彻系近平法治思想。', '系近平法治思想', '深入学习贯彻习近平法治思想。'],
      // The first character of a short one where nothing Han stands before it.
      ['“一法行政”是基本要求。', '一法行政', '“依法行政”是基本要求。'],
      // 制 for 治 in a formulation of five or more.
      ['建设中国特色社会主义法制体系。', '中国特色社会主义法制体系', '建设中国特色社会主义法治体系。'],
    ];
    for (const [draft, written, fixed] of cases) {
      const found = formulation(draft);
      assert.equal(found.length, 1, `${draft}: ${found.map((d) => d.message).join(' / ')}`);
      assert.equal(draft.slice(found[0].start, found[0].end).includes(written) || written.includes(draft.slice(found[0].start, found[0].end)), true, draft);
      assert.equal(applyEdits(draft, found[0].fix!.edits), fixed, draft);
    }
  });

  it('says 同音字误用 with the right form, and leaves the fix to the writer (not applied by fix-all)', () => {
    const [d] = formulation('引导干部群众尊法学法首法用法。');
    assert.equal(d.message, '提法“尊法学法首法用法”应为规范表述“尊法学法守法用法”（同音字误用）。');
    assert.equal(d.fix!.safe, false);
  });

  it('stays quiet on correct text that sounds like a formulation', () => {
    const quiet = [
      // Written exactly.
      '深入学习习近平法治思想，坚持依法治国、依法执政、依法行政共同推进，做到“两个维护”。',
      // Words of their own that differ from a formulation by one homophone.
      '开展法治督查，组织法治政府建设督查。',
      '规范行政权力运行，保障公民合法权利。',
      '严格规范公正文明执法，推进公证工作。',
      '依法治教、依法治税工作扎实推进。',
      // 制 and 治 in four-character words that are correct both ways.
      '加强法制宣传、法制审核，树立法制观念，提升法治意识。',
      '法治建设和法制建设，法治保障和法制保障。',
      // A first character that belongs to the word before: 建立 before 法治政府 is no slip of any formulation.
      '加快建立法治政府。',
      // A short formulation's first character after a Han character is never taken as a slip (依 → 一).
      '统一法行政执法文书。',
    ];
    for (const draft of quiet) assert.deepEqual(formulation(draft).map((d) => d.message), [], draft);
  });

  it('finds a near sound that fuzzy pinyin (模糊音: -ng/-n, zh/z) gives, inside a long or a counted formulation', () => {
    for (const [draft, written, right] of [
      ['局党组坚定“四个自性”。', '四个自性', '四个自信'],
      ['践行社会主义核星价值观。', '社会主义核星价值观', '社会主义核心价值观'],
    ]) {
      const found = formulation(draft);
      assert.deepEqual(found.map((d) => d.message), [`提法“${written}”应为规范表述“${right}”（音近字误用）。`], draft);
      assert.equal(found[0].fix!.safe, false);
    }
    // Not at a formulation's first character, nor in a short one that is not counted: 依法信政 is left alone,
    // as is 性 beside 法治 (法治性).
    for (const draft of ['加强依法信政工作。', '提高法治性和规范性。', '各项工作形成合力。']) assert.deepEqual(formulation(draft).map((d) => d.message), [], draft);
  });

  it('a listed similar character keeps its own message (实 for 识 is no homophone report)', () => {
    const [d] = formulation('增强“四个意实”。');
    assert.equal(d.message, '提法“四个意实”应为规范表述“四个意识”（同音或形近字误用）。');
  });
});
