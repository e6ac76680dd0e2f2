import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-types';
import { type CorpusIndex, type CorpusState, createReportService, lookup } from '../server/src/service';
import { corpusOf, seedCorpus, withCursor } from './support/corpus';
import { readSeed } from './support/documents';

// The corpus features over in-memory drafts: the cursor is marked $$CURSOR$$ in the text.
let version = 0;
const service = createReportService();
function draftAt(marked: string) {
  const { text, offset } = withCursor(marked);
  const document = TextDocument.create(`file:///drafts/d${++version}.txt`, 'law-report', 1, text);
  return { document, position: document.positionAt(offset) };
}
function hoverText(marked: string, corpus: CorpusIndex | CorpusState = seedCorpus()): { value: string; hovered: string } | null {
  const { document, position } = draftAt(marked);
  const state: CorpusState = 'kind' in corpus ? corpus : { kind: 'ready', index: corpus };
  const hover: Hover | null = service.hover(document, position, state);
  if (!hover) return null;
  return { value: (hover.contents as MarkupContent).value, hovered: document.getText(hover.range) };
}
/** A phrase hover's sections: each a head line and its passages. */
function sectionsOf(value: string): { head: string; passages: string[] }[] {
  return value.split('\n\n').reduce<{ head: string; passages: string[] }[]>((sections, block) => {
    if (block.startsWith('- ')) sections[sections.length - 1].passages.push(...block.split('\n'));
    else sections.push({ head: block, passages: [] });
    return sections;
  }, []);
}
/** Where a passage's words lie in its seed line: from its link's line and the words themselves. */
function passageSpan(passage: string): { file: string; line: number; start: number; end: number; text: string } {
  const [, file, line] = /\/([^/]+\.txt)#L(\d+),\d+\)/.exec(passage)!;
  const text = passage.replace(/^.*?）：/, '').replace(/\*\*/g, '').replace(/\\(.)/g, '$1').replace(/^…|…$/g, '');
  const start = readSeed(file).split(/\r\n|\n|\r/)[Number(line) - 1].indexOf(text);
  assert.ok(start >= 0, passage);
  return { file, line: Number(line), start, end: start + text.length, text };
}
function completions(marked: string, corpus: CorpusIndex | undefined = seedCorpus()): CompletionItem[] {
  const { document, position } = draftAt(marked);
  return service.completion(document, position, corpus);
}

describe('corpus look-up', () => {
  it('finds a phrase the seeds share, with report, year, part, line and context', () => {
    const result = lookup(seedCorpus(), '法律顾问制度');
    assert.equal(result.documents, 2);
    assert.equal(result.occurrences, 3);
    assert.deepEqual(
      result.hits.map((h) => [h.file, h.organisation, h.year, h.part]),
      [
        // Line 9 of seed 000 is under （一）履行第一责任人职责情况, a sub-heading of part 1 that is part 3.
        ['000_ba84c3ee35943474.txt', '沙坪坝区科学技术局', 2020, 3],
        ['000_ba84c3ee35943474.txt', '沙坪坝区科学技术局', 2020, 4],
        ['001_c2acbeb1ffed216f.txt', '遂宁市科学技术局', 2020, 1],
      ],
    );
    for (const hit of result.hits) {
      const line = readSeed(hit.file).split(/\r\n|\n|\r/)[hit.line];
      assert.equal(line.slice(hit.character, hit.character + 6), '法律顾问制度', `${hit.file}:${hit.line}`);
      assert.ok(hit.context.includes('法律顾问制度'));
      assert.ok(hit.context.length <= 6 + 2 * 31);
    }
  });

  it('finds nothing for a phrase no report has, or for one character', () => {
    assert.equal(lookup(seedCorpus(), '量子纠缠').occurrences, 0);
    assert.equal(lookup(seedCorpus(), '法').occurrences, 0);
  });

  it('counts a pair and a longer phrase the same as listing every place, asked once or again', () => {
    // A pair's counts come from the build's totals and a longer phrase's are kept after the first ask:
    // both must agree with the places found one by one, across reports and within one.
    const index = corpusOf('法治政府建设，法治政府。\n法治', '建设法治政府', '依法行政');
    for (const phrase of ['法治', '法治政府', '建设', '政府建设', '依法', '量子', '治政府建']) {
      const found = index.find(phrase);
      const expected = { occurrences: found.occurrences.length, documents: found.documents };
      assert.deepEqual(index.count(phrase), expected, phrase);
      assert.deepEqual(index.count(phrase), expected, `${phrase}, again`);
    }
    assert.deepEqual(index.count('法治'), { occurrences: 4, documents: 2 });
  });

  it('never matches across a line break or from one report into the next', () => {
    const index = corpusOf('甲乙\n丙丁', '戊己');
    assert.equal(lookup(index, '乙丙').occurrences, 0);
    assert.equal(lookup(index, '丁戊').occurrences, 0);
    assert.equal(lookup(index, '丙丁').hits[0].line, 1);
    assert.equal(lookup(index, '戊己').hits[0].file, 'r1.txt');
  });

  it('counts lines the way editors do for CRLF, CR and LF', () => {
    const index = corpusOf('一\r\n二\r三\n四乙丙');
    assert.deepEqual([lookup(index, '乙丙').hits[0].line, lookup(index, '乙丙').hits[0].character], [3, 1]);
  });
});

describe('hover on text', () => {
  it('shows a phrase the seeds share: how many reports, and passages with the phrase in bold and a link', () => {
    const hover = hoverText('二、主要举措\n我们全面推行法律$$CURSOR$$顾问制度，效果明显。\n');
    assert.ok(hover);
    assert.equal(hover.hovered, '法律顾问制度');
    const [own, shared] = sectionsOf(hover.value);
    assert.match(own.head, /^\*\*法律顾问制度\*\*：语料中 2 份报告用到，共 3 处$/);
    assert.equal(own.passages.length, 3);
    assert.match(own.passages[0], /^- \[沙坪坝区科学技术局 · 2020年\]\(file:\/\/\/.*000_ba84c3ee35943474\.txt#L9,46\)（规定内容3：第一责任人履职）：.*全面落实\*\*法律顾问制度\*\*，/);
    assert.match(own.passages[2], /\[遂宁市科学技术局 · 2020年\]\(file:\/\/\/.*001_c2acbeb1ffed216f\.txt#L10,285\)/);
    // 法律顾问 is in a third report: it follows, that report's passage among its own.
    assert.match(shared.head, /^\*\*法律顾问\*\*：语料中 3 份报告用到，共 6 处$/);
    assert.ok(shared.passages.some((p) => p.includes('004_c6d07f759a9d0f62.txt')));
  });

  it('is about the phrase pointed at (行政执法, in one report), then the shorter 执法 for the reports it adds; no passage overlaps or repeats another', () => {
    const hover = hoverText('我们严格规范行政$$CURSOR$$执法行为。');
    assert.equal(hover?.hovered, '行政执法');
    const sections = sectionsOf(hover!.value);
    assert.deepEqual(sections.map((s) => s.head), ['**行政执法**：语料中 1 份报告用到，共 1 处', '**执法**：语料中 2 份报告用到，共 8 处']);
    assert.equal(sections[0].passages.length, 1);
    // 执法 shows the report 行政执法 is not in, and no place already shown around 行政执法.
    assert.ok(sections[1].passages.some((p) => p.includes('004_c6d07f759a9d0f62.txt')));
    const spans = sections.flatMap((s) => s.passages).map(passageSpan);
    spans.forEach((a, i) =>
      spans.slice(i + 1).forEach((b) => {
        const apart = a.file !== b.file || a.line !== b.line || a.end <= b.start || b.end <= a.start;
        assert.ok(apart, `${a.file}:${a.line} ${a.start}-${a.end} overlaps ${b.start}-${b.end}`);
      }),
    );
    assert.equal(new Set(spans.map((s) => s.text)).size, spans.length);
  });

  it('lists one passage per report before a second from any, and a sentence two reports share once', () => {
    const index = corpusOf('推进依法行政，推进依法行政工作。', '甲推进依法行政。', '乙推进依法行政。', '甲推进依法行政。');
    const hover = hoverText('我们推进依$$CURSOR$$法行政。', index)!;
    assert.equal(hover.hovered, '推进依法行政');
    const [only, ...none] = sectionsOf(hover.value);
    assert.deepEqual(none, []);
    assert.match(only.head, /：语料中 4 份报告用到，共 5 处$/);
    // r0's two places are one passage (they overlap); r3 says what r1 says, word for word.
    assert.deepEqual(only.passages.map((p) => /r(\d)\.txt/.exec(p)![1]), ['0', '1', '2']);
  });

  it('names the longest phrase even when one report has it, then the shorter one more reports share', () => {
    const index = corpusOf('推进依法行政工作取得实效。', '持续推进依法行政。', '依法行政能力。');
    const hover = hoverText('我们推进依$$CURSOR$$法行政工作。', index);
    assert.equal(hover?.hovered, '推进依法行政工作');
    assert.deepEqual(sectionsOf(hover!.value).map((s) => s.head), ['**推进依法行政工作**：语料中 1 份报告用到，共 1 处', '**推进依法行政**：语料中 2 份报告用到，共 2 处']);
    // Where no shorter phrase brings more reports, the hover says one thing.
    const alone = hoverText('我们推进依法行政工$$CURSOR$$作。', corpusOf('推进依法行政工作取得实效。', '别的内容。'));
    assert.equal(alone?.hovered, '推进依法行政工作');
    assert.equal(sectionsOf(alone!.value).length, 1);
  });

  it('stops at punctuation and at 16 characters', () => {
    const long = '一二三四五六七八九十甲乙丙丁戊己庚辛壬癸';
    const index = corpusOf(`${long}。`, `${long}，`);
    const hover = hoverText(long.slice(0, 3) + '$$CURSOR$$' + long.slice(3), index);
    assert.equal(hover?.hovered.length, 16);
    assert.ok(long.startsWith(hover!.hovered));
    const across = hoverText('甲乙，丙$$CURSOR$$丁', corpusOf('甲乙丙丁', '甲乙丙丁'));
    assert.equal(across?.hovered, '丙丁');
  });

  it('gives no hover where nothing of two characters occurs, or off text', () => {
    assert.equal(hoverText('鑫$$CURSOR$$鑫'), null);
    assert.equal(hoverText('法治，$$CURSOR$$ ，'), null);
  });

  it('says the index is being built when asked too early', () => {
    const hover = hoverText('全面推行法律$$CURSOR$$顾问制度', { kind: 'building', read: 3, total: 40 });
    assert.equal(hover?.value, '语料索引正在建立（已读 3 / 40 个文件），稍后再试。');
  });

  it('never splits a surrogate pair: a rare character inside the phrase counts whole', () => {
    const index = corpusOf('建立𠮷祥制度。', '完善𠮷祥制度。');
    const hover = hoverText('我们𠮷$$CURSOR$$祥制度', index);
    assert.equal(hover?.hovered, '𠮷祥制度');
  });
});

describe('hover on a heading', () => {
  it('names the required part in the regulation\'s wording and lists how the seeds title it', () => {
    const hover = hoverText('一、$$CURSOR$$主要举措和成效\n正文。\n');
    assert.ok(hover);
    assert.equal(hover.hovered, '一、主要举措和成效');
    const lines = hover.value.split('\n');
    assert.equal(lines[0], '**规定内容1：主要举措和成效**');
    assert.equal(lines[2], '规定原文：上一年度推进法治政府建设的主要举措和成效');
    assert.ok(lines.includes('语料中的报告这样写这一部分的标题：'));
    const headings = lines.filter((l) => l.startsWith('- '));
    assert.equal(headings.length, 5);
    assert.match(hover.value, /- 一、主要举措和成效 — \[遂宁市科学技术局 · 2020年\]\(file:.*001_c2acbeb1ffed216f\.txt#L6\)/);
    assert.match(hover.value, /- 一、上一年度法治政府建设的主要举措和成效 — \[市科技局 · 2022年\]/);
  });

  it('answers on a sub-heading that fulfils a part, listing the seeds\' titles for it at any level', () => {
    const hover = hoverText('一、主要举措和成效\n（一）履行第一责任人$$CURSOR$$职责情况\n正文。\n');
    assert.equal(hover?.hovered, '（一）履行第一责任人职责情况');
    assert.match(hover!.value, /^\*\*规定内容3：第一责任人履职\*\*/);
    assert.match(hover!.value, /- （一）履行第一责任人职责情况 — \[沙坪坝区科学技术局 · 2020年\]\(file:.*000_ba84c3ee35943474\.txt#L7\)/);
    assert.match(hover!.value, /- 三、党政主要负责人履行推进法治政府建设第一责任人职责情况 — \[遂宁市科学技术局 · 2020年\]/);
  });

  it('says so for a top-level heading that is none of the five parts', () => {
    assert.equal(hoverText('一、$$CURSOR$$机构概况\n正文。\n')?.value, '这一标题不对应规定的五项内容之一。');
  });
});

describe('hover on a 《title》', () => {
  it('counts the reports citing the law, with passages', () => {
    const hover = hoverText('认真学习《民$$CURSOR$$法典》。');
    assert.equal(hover?.hovered, '《民法典》');
    assert.match(hover!.value, /^语料中 2 份报告引用 《\*\*民法典\*\*》，共 5 处/);
    const passages = hover!.value.split('\n').filter((l) => l.startsWith('- '));
    // Four passages for five places: seed 004's second, 52 characters after its first on one line, would overlap it.
    assert.deepEqual(passages.map((p) => /#L(\d+,\d+)/.exec(p)![1]), ['10,36', '13,178', '23,100', '12,60']);
    // Bold inside the marks: 开展**《民法典》**涉及 would show its asterisks (CommonMark's flanking rule).
    assert.match(passages[0], /开展《\*\*民法典\*\*》涉及/);
  });

  it('says when no report cites it', () => {
    assert.equal(hoverText('学习《不存在$$CURSOR$$条例》')?.value, '语料中没有报告引用 《不存在条例》。');
  });
});

describe('completion', () => {
  it('continues the typed text with what the corpus writes, ranked by reports', () => {
    const items = completions('二、主要举措\n全面推行法律顾$$CURSOR$$');
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('法律顾问制度'), labels.join(' '));
    const item = items.find((i) => i.label === '法律顾问制度')!;
    assert.equal(item.detail, '语料中 2 份报告');
    assert.deepEqual(item.textEdit && 'range' in item.textEdit ? item.textEdit.range : null, { start: { line: 1, character: 4 }, end: { line: 1, character: 7 } });
    const counts = items.map((i) => Number(/(\d+)/.exec(i.detail!)![1]));
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
  });

  it('offers nothing after one character or when the corpus has no continuation', () => {
    assert.deepEqual(completions('二、主要举措\n。法$$CURSOR$$'), []);
    assert.deepEqual(completions('二、主要举措\n量子纠缠$$CURSOR$$'), []);
  });

  it('offers the next heading marker at a line start: after （二） comes （三）', () => {
    const items = completions('一、主要举措\n（一）健全制度\n内容。\n（二）加强学习\n内容。\n$$CURSOR$$', undefined);
    assert.deepEqual(items.map((i) => [i.label, i.detail]), [['（三）', '二级标题'], ['1.', '三级标题'], ['二、', '一级标题']]);
    assert.deepEqual(completions('$$CURSOR$$', undefined).map((i) => i.label), ['一、']);
    assert.deepEqual(completions('一、主要举措\n（一）健全\n（$$CURSOR$$', undefined).map((i) => i.label), ['（二）']);
  });
});

describe('references', () => {
  it('lists the phrase in every corpus report and in the open drafts', () => {
    const { document, position } = draftAt('全面推行法律$$CURSOR$$顾问制度，坚持法律顾问制度。');
    const other = TextDocument.create('file:///drafts/other.txt', 'law-report', 1, '二、举措\n落实法律顾问制度。');
    const locations = service.references(document, position, seedCorpus(), [document, other]);
    const files = locations.map((l) => l.uri.replace(/.*\//, ''));
    assert.deepEqual(files, [
      document.uri.replace(/.*\//, ''),
      document.uri.replace(/.*\//, ''),
      'other.txt',
      '000_ba84c3ee35943474.txt',
      '000_ba84c3ee35943474.txt',
      '001_c2acbeb1ffed216f.txt',
    ]);
    assert.deepEqual(locations[2].range, { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } });
    assert.deepEqual(locations[3].range, { start: { line: 8, character: 45 }, end: { line: 8, character: 51 } });
  });

  it('lists the very phrase the hover shows, at every place along a sentence', () => {
    // A sentence of one seed: its longest spans are in that report alone, shorter ones in several.
    const sentence = '聘请四川明谐律师事务所的唐坤利律师作为局机关专职法律顾问';
    const corpus = seedCorpus();
    let compared = 0;
    for (let at = 1; at < sentence.length; at++) {
      const { document, position } = draftAt(`${sentence.slice(0, at)}$$CURSOR$$${sentence.slice(at)}`);
      const hover = service.hover(document, position, { kind: 'ready', index: corpus });
      const first = service.references(document, position, corpus, [document])[0];
      if (!hover?.range) continue;
      compared++;
      assert.deepEqual(first?.range, hover.range, `at ${at}`);
    }
    assert.ok(compared > sentence.length / 2, `${compared} hovers compared`);
  });
});
