import { strict as assert } from 'node:assert';
import { parseReport } from '../server/src/service/report/parseReport';
import { copySkeleton } from '../server/src/service/repeated/copySkeleton';
import { FingerprintIndex, type FingerprintSource } from '../server/src/service/repeated/fingerprintIndex';
import { findRepeated } from '../server/src/service/repeated/findRepeated';
import { markChanges } from '../server/src/service/repeated/markChanges';
import { similarPairs } from '../server/src/service/repeated/similarPairs';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { repeatedText } from '../server/src/service/features/repeatedText';
import { loadRuleSettings } from '../server/src/service';
import { CorpusBuilder } from '../server/src/service/corpus/corpusBuilder';
import { seedCorpus } from './support/corpus';
import { doc, readSeed, seedNames } from './support/documents';
import { seed001CarriedForward, unrelatedReport } from './support/repeatedDrafts';

function source(text: string): FingerprintSource {
  return { text, organisation: parseReport(text).title?.organisation ?? null };
}

function paragraphsOf(text: string): { start: number; end: number }[] {
  return parseReport(text).lines.filter((l) => l.end > l.contentStart).map((l) => ({ start: l.contentStart, end: l.end }));
}

function repeatedIn(text: string, sources: FingerprintSource[], minLength = 40) {
  const index = FingerprintIndex.build(sources);
  return findRepeated({ ...source(text), paragraphs: paragraphsOf(text) }, index, (d) => sources[d], { minLength });
}

const seeds = seedNames().map((name) => source(readSeed(name)));

describe('repeated text', () => {
  it('the skeleton drops punctuation and spaces and stands one mark for each number and for the organ', () => {
    const a = copySkeleton('遂宁市科学技术局2020年共办理案件12件，同比增长3.5%。', ['遂宁市科学技术局']);
    const b = copySkeleton('  遂宁市科学技术局 2021年共办理案件 19 件；同比增长4.25%', ['遂宁市科学技术局']);
    assert.deepEqual(Array.from(a.units), Array.from(b.units));
    assert.equal(String.fromCharCode(...a.units), '@#年共办理案件#件同比增长#');
  });

  it('a draft that carries seed 001 forward is found, naming seed 001, with more than 60 % repeated', () => {
    const draft = seed001CarriedForward();
    const result = repeatedIn(draft, seeds);
    assert.equal(result.sources[0].source, 1, 'seed 001 is the first source');
    assert.ok(result.sources[0].share > 0.6, `share ${result.sources[0].share}`);
    assert.ok(result.paragraphs.length >= 10, `${result.paragraphs.length} paragraphs`);
    for (const p of result.paragraphs) assert.equal(p.source, 1);
    // The added paragraph is new: no finding on it.
    const added = draft.indexOf('本年度新建成数字化法治服务平台');
    assert.ok(!result.paragraphs.some((p) => p.paragraph.start <= added && added < p.paragraph.end));
    // The longest stretch points at the same words in the source.
    const p = result.paragraphs.find((x) => x.repeated > 200)!;
    assert.equal(
      draft.slice(p.draftSpan.start, p.draftSpan.start + 10).replace(/\d/g, ''),
      seeds[1].text.slice(p.sourceSpan.start, p.sourceSpan.start + 10).replace(/\d/g, ''),
    );
  });

  it('a new draft that shares only the standard opening and the regulation headings gets nothing', () => {
    const draft = [
      'XX市XX局2025年度法治政府建设情况报告',
      '',
      '　　2025年，我局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面贯彻落实党的二十大和二十届历次全会精神，现将有关情况报告如下。',
      '一、2025年推进法治政府建设的主要举措和成效',
      '　　本年度新建成数字化法治服务平台一个，实现执法案卷网上流转、网上审核和全过程记录，群众办事平均用时由原来的三天缩短为一天。',
      '二、2025年推进法治政府建设存在的不足和原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      '四、2026年推进法治政府建设的主要安排',
    ].join('\n');
    const result = repeatedIn(draft, seeds);
    assert.deepEqual(result.paragraphs, []);
  });

  it('a one-line draft, an empty draft and a draft of boilerplate alone get nothing', () => {
    assert.deepEqual(repeatedIn('报告', seeds).paragraphs, []);
    assert.deepEqual(repeatedIn('', seeds).paragraphs, []);
    assert.deepEqual(repeatedIn('以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想。', seeds).paragraphs, []);
  });

  it('the draft\'s own file is never its source', () => {
    const draft = seed001CarriedForward();
    const sources = [...seeds];
    const index = FingerprintIndex.build(sources);
    const result = findRepeated({ ...source(draft), paragraphs: paragraphsOf(draft) }, index, (d) => (d === 1 ? null : sources[d]), { minLength: 40 });
    assert.ok(!result.paragraphs.some((p) => p.source === 1));
  });

  it('a corpus of identical files makes their text common wording, not a source', () => {
    // Five organs with the same report: the genre's own wording, whoever wrote it first.
    const text = readSeed(seedNames()[2]);
    const organs = ['东川市司法局', '西岭市司法局', '南溪市司法局', '北塘市司法局', '青山市司法局'];
    const sources = organs.map((organisation) => ({ text, organisation }));
    assert.deepEqual(repeatedIn(text, sources).paragraphs, []);
  });

  it('across a folder of ten reports, the two that copy each other are the only pair above 30 %', () => {
    const reports = [
      ...seeds,
      source(seed001CarriedForward()),
      ...['东川市司法局', '西岭市教育局', '南溪市民政局', '北塘市财政局'].map((organ, i) => source(unrelatedReport(i + 11, organ))),
    ];
    const pairs = similarPairs(reports, reports.length, { minLength: 40 });
    const top = pairs[0];
    assert.deepEqual([top.a, top.b], [1, 5]);
    assert.ok(top.shareA > 0.6 && top.shareB > 0.6, `${top.shareA} ${top.shareB}`);
    for (const other of pairs.slice(1)) assert.ok(Math.max(other.shareA, other.shareB) <= 0.3, `${other.a}–${other.b}: ${other.shareA} ${other.shareB}`);
    // Passages name their lines in both reports and are listed longest first.
    assert.ok(top.passages.length > 0);
    const first = top.passages[0];
    assert.ok(first.length >= 40);
    assert.equal(reports[1].text.split('\n')[first.aLine].includes(first.text), true);
    assert.ok(top.passages.every((p, i) => i === 0 || top.passages[i - 1].length >= p.length));
  });
});

describe('an index built for look-ups alone', () => {
  it('answers look-ups as the full index does but holds no fingerprints: nothing is a source of repeated text', () => {
    const draft = seed001CarriedForward();
    const full = new CorpusBuilder();
    const lookupsOnly = new CorpusBuilder({ fingerprints: false });
    for (const name of seedNames()) {
      full.add(name, `file:///seeds/${name}`, readSeed(name));
      lookupsOnly.add(name, `file:///seeds/${name}`, readSeed(name));
    }
    const [a, b] = [full.buildNow(), lookupsOnly.buildNow()];
    assert.deepEqual(b.find('法律顾问制度').occurrences, a.find('法律顾问制度').occurrences);
    assert.ok(repeatedText(doc(draft), parseReport(draft), a, {}, {}).diagnostics.length > 0);
    assert.deepEqual(repeatedText(doc(draft), parseReport(draft), b, {}, {}).diagnostics, []);
    assert.ok(b.byteLength() < a.byteLength());
  });
});

describe('repeated-text in the editor', () => {
  it('one information finding per carried-over paragraph, naming seed 001 and linking its passage', () => {
    const draft = seed001CarriedForward();
    const corpus = seedCorpus();
    const document = doc(draft);
    const found = repeatedText(document, parseReport(draft), corpus, {}, { minLength: 40 });
    assert.ok(found.diagnostics.length >= 10);
    const seed = corpus.documents[1];
    for (const d of found.diagnostics) {
      assert.equal(d.code, 'repeated-text');
      assert.equal(d.severity, DiagnosticSeverity.Information);
      assert.match(d.message, /遂宁市科学技术局2020年度/);
      assert.equal(d.relatedInformation?.[0].location.uri, seed.uri);
    }
    // The linked range holds the same words as the flagged paragraph, years aside.
    const d = found.diagnostics.find((x) => x.range.end.character - x.range.start.character > 100)!;
    const related = d.relatedInformation![0].location.range;
    const sourceLine = readSeed(seedNames()[1]).split(/\r?\n/)[related.start.line];
    const linked = sourceLine.slice(related.start.character, related.start.character + 12);
    assert.ok(draft.split('\n')[d.range.start.line].replace(/\d/g, '').includes(linked.replace(/\d/g, '')), linked);
    assert.equal(found.sources[0].uri, seed.uri);
    assert.ok(found.sources[0].share > 0.6);
  });

  it('follows its setting like any rule: off says nothing, warning raises every finding', () => {
    const draft = seed001CarriedForward();
    const corpus = seedCorpus();
    assert.deepEqual(repeatedText(doc(draft), parseReport(draft), corpus, { 'repeated-text': 'off' }, {}).diagnostics, []);
    const warned = repeatedText(doc(draft), parseReport(draft), corpus, { 'repeated-text': 'warning' }, {}).diagnostics;
    assert.ok(warned.length >= 10 && warned.every((d) => d.severity === DiagnosticSeverity.Warning));
    assert.deepEqual(loadRuleSettings({ 'repeated-text': 'hint' }), { rules: { 'repeated-text': 'hint' }, problems: [] });
  });

  it('the draft itself, when it is in the corpus, is not its own source', () => {
    const corpus = seedCorpus();
    const text = readSeed(seedNames()[1]);
    const found = repeatedText(doc(text, corpus.documents[1].uri), parseReport(text), corpus, {}, { excludeUris: new Set([corpus.documents[1].uri]) });
    assert.deepEqual(found.diagnostics, []);
  });
});

describe('what changed in a repeated passage', () => {
  it('marks the moved year and the changed figure on both sides, and nothing else', () => {
    const { draft, source } = markChanges('2021年共办理行政复议案件19件，同比增长', '2020年共办理行政复议案件12件，同比增长');
    assert.deepEqual(draft.filter((p) => p.changed).map((p) => p.text), ['1', '9']);
    assert.deepEqual(source.filter((p) => p.changed).map((p) => p.text), ['0', '2']);
    assert.equal(draft.map((p) => p.text).join(''), '2021年共办理行政复议案件19件，同比增长');
  });

  it('identical passages have no change; a rare character (𠮷) is never split', () => {
    assert.deepEqual(markChanges('依法行政', '依法行政').draft, [{ text: '依法行政', changed: false }]);
    const { draft } = markChanges('𠮷字', '吉字');
    assert.deepEqual(draft, [{ text: '𠮷', changed: true }, { text: '字', changed: false }]);
  });
});
