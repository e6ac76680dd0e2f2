import * as assert from 'node:assert/strict';
import { createReportService, exportDocx, type OutlineSymbol } from '../server/src/service';
import { doc, readSeed, seedNames } from './support/documents';
import { type DocxLook, mm, type ParagraphLook, readDocx } from './support/docxRead';

// The exported .docx read back as Word would read it: page, fonts and sizes per kind of line,
// placement of the closing block, page numbers, and what is left out.

const service = createReportService();

function headingsOf(symbols: OutlineSymbol[]): OutlineSymbol[] {
  return symbols.flatMap((s) => (s.kind === 'heading' ? [s, ...headingsOf(s.children)] : headingsOf(s.children)));
}

const fontOf = (p: ParagraphLook) => p.runs[0]?.eastAsia;
const sizeOf = (p: ParagraphLook) => p.runs[0]?.size;
/** Width of n body characters: 三号 (16 pt = 320 twips) plus the paragraph's character spacing. */
const charWidth = (p: ParagraphLook) => 320 + p.characterSpacing;

describe('export to .docx (GB/T 9704-2012)', () => {
  const looks = new Map<string, DocxLook>();
  before(async () => {
    for (const seed of seedNames()) looks.set(seed, await readDocx(await exportDocx(readSeed(seed))));
  });

  it('every seed: A4 with margins of 37 mm top, 28 mm binding side, and a 156 × 225 mm text block', () => {
    for (const [seed, { page }] of looks) {
      assert.ok(Math.abs(mm(page.width) - 210) < 0.1 && Math.abs(mm(page.height) - 297) < 0.1, seed);
      assert.ok(Math.abs(mm(page.top) - 37) < 0.1, `${seed} top ${mm(page.top)}`);
      assert.ok(Math.abs(mm(page.left) - 28) < 0.1, `${seed} left ${mm(page.left)}`);
      assert.ok(Math.abs(mm(page.width - page.left - page.right) - 156) < 0.1, `${seed} block width`);
      assert.ok(Math.abs(mm(page.height - page.top - page.bottom) - 225) < 0.1, `${seed} block height`);
    }
  });

  it('every seed: 22 lines of 28 body characters fit the text block, and no more', () => {
    for (const [seed, { page, paragraphs }] of looks) {
      const body = paragraphs.find((p) => p.style === 'GwBody' && p.text.length > 28)!;
      const height = page.height - page.top - page.bottom;
      const width = page.width - page.left - page.right;
      assert.ok(body.exactLine! * 22 <= height && body.exactLine! * 23 > height, `${seed} line pitch ${body.exactLine}`);
      assert.ok(charWidth(body) * 28 <= width && charWidth(body) * 29 > width, `${seed} character pitch ${charWidth(body)}`);
    }
  });

  it('every seed: the title in 2号 方正小标宋简体, centred, in lines of at most 20 characters', () => {
    for (const seed of seedNames()) {
      const title = looks.get(seed)!.paragraphs[0];
      const model = service.report(doc(readSeed(seed), `file:///${seed}`));
      assert.equal(title.text, model.title!.text, seed);
      assert.ok(title.lines.every((l) => l.length <= 20), `${seed}: ${title.lines.join(' / ')}`);
      assert.equal(fontOf(title), '方正小标宋简体', seed);
      assert.equal(sizeOf(title), 44, seed); // 22 pt in half-points
      assert.equal(title.alignment, 'center', seed);
    }
  });

  it('the title wraps at word breaks, never inside 法治政府建设, a year or the organ, into balanced lines (GB/T 9704-2012 7.3.1)', () => {
    const lines = (seed: string) => looks.get(seed)!.paragraphs[0].lines;
    // The draft broke inside 法治政府建设: re-broken after the organ and 关于.
    assert.deepEqual(lines('000_ba84c3ee35943474.txt'), ['沙坪坝区科学技术局关于', '2020年度法治政府建设情况的报告']);
    // The organ on a line of its own, the rest below: a trapezoid the writer chose, kept.
    assert.deepEqual(lines('001_c2acbeb1ffed216f.txt'), ['遂宁市科学技术局', '2020年度法治政府建设工作报告']);
    // One line of 24 characters: two, as even as the words allow.
    assert.deepEqual(lines('002_7c7a822b79e1e6d1.txt'), ['重庆市科学技术局2024年度', '法治政府建设情况报告']);
    assert.deepEqual(lines('004_c6d07f759a9d0f62.txt'), ['市科技局2022年度法治政府建设工作总结']);
  });

  it('a 21-character title is not cut before its last character; breaks inside a phrase are redone; a diamond the writer drew is kept', async () => {
    const title = async (text: string) => (await readDocx(await exportDocx(`${text}\n\n一、主要举措和成效\n开展了工作。\n`))).paragraphs[0].lines;
    assert.deepEqual(await title('南川区司法局2025年度法治政府建设情况报告'), ['南川区司法局2025年度', '法治政府建设情况报告']);
    assert.deepEqual(
      await title('中共重庆市委全面依法治市\n委员会办公室关于2025年度法治政府\n建设情况的报告'),
      ['中共重庆市委全面依法治市委员会办公室', '关于2025年度法治政府建设情况的报告'],
    );
    assert.deepEqual(await title('重庆市南川区司法局\n关于2025年度法治政府建设工作情况\n报告'), ['重庆市南川区司法局', '关于2025年度法治政府建设工作情况', '报告']);
    // A second line too long to fit: balanced again, at the words.
    assert.deepEqual(await title('重庆市南川区人民政府\n关于2025年度法治政府建设工作情况的报告'), ['重庆市南川区人民政府关于2025年度', '法治政府建设工作情况的报告']);
  });

  it('names, in the font table, the alternate every Chinese Windows has for each 公文 font', () => {
    for (const [seed, { fontTable }] of looks) {
      const alternate = Object.fromEntries(fontTable.map((f) => [f.name, f.altName]));
      assert.equal(alternate['仿宋_GB2312'], '仿宋', seed);
      assert.equal(alternate['楷体_GB2312'], '楷体', seed);
      assert.equal(alternate['方正小标宋简体'], '宋体', seed);
      assert.ok('黑体' in alternate, seed);
      // Every East Asian font a run or style names is in the table.
      const used = new Set(looks.get(seed)!.paragraphs.flatMap((p) => p.runs.map((r) => r.eastAsia)).filter((f): f is string => !!f));
      for (const name of used) assert.ok(name in alternate, `${seed}: ${name} is not in the font table`);
    }
  });

  it('every seed: the headings in order, level 1 黑体, level 2 楷体, levels 3–4 仿宋, all 3号', () => {
    const fonts: Record<number, string> = { 1: '黑体', 2: '楷体_GB2312', 3: '仿宋_GB2312', 4: '仿宋_GB2312' };
    for (const seed of seedNames()) {
      const expected = headingsOf(service.outline(seed, doc(readSeed(seed), `file:///${seed}`)).symbols);
      const headings = looks.get(seed)!.paragraphs.filter((p) => p.style?.startsWith('GwHeading'));
      assert.ok(expected.length >= 4, seed);
      assert.deepEqual(
        headings.map((p) => `${p.style!.slice(-1)} ${fontOf(p)} ${sizeOf(p)} ${p.runs[0].text.slice(0, 8)}`),
        expected.map((h) => `${h.level} ${fonts[h.level!]} 32 ${(h.marker + h.title).slice(0, 8)}`),
        seed,
      );
    }
  });

  it('every seed: body paragraphs in 3号 仿宋_GB2312, justified, two characters indented', () => {
    for (const [seed, { paragraphs }] of looks) {
      const body = paragraphs.filter((p) => p.style === 'GwBody' && p.text !== '');
      assert.ok(body.length > 0, seed);
      for (const p of body) {
        assert.equal(fontOf(p), '仿宋_GB2312', `${seed}: ${p.text.slice(0, 20)}`);
        assert.equal(sizeOf(p), 32);
        assert.equal(p.alignment, 'both');
        assert.equal(p.firstLine, 2 * charWidth(p));
      }
    }
  });

  it('a heading with its body on the same line: the heading in its font up to its 。, the rest in 仿宋', async () => {
    const look = await readDocx(
      await exportDocx('XX局2024年度法治政府建设情况报告\n\n一、主要举措和成效\n（一）扎实开展营商环境优化行动。根据工作方案，我局围绕服务职能开展工作。\n'),
    );
    const heading = look.paragraphs.find((p) => p.style === 'GwHeading2')!;
    assert.deepEqual(
      heading.runs.map((r) => [r.text, r.eastAsia]),
      [
        ['（一）扎实开展营商环境优化行动。', '楷体_GB2312'],
        ['根据工作方案，我局围绕服务职能开展工作。', '仿宋_GB2312'],
      ],
    );
  });

  it('the addressee flush left in 仿宋, below the title and one blank line', () => {
    const { paragraphs } = looks.get('004_c6d07f759a9d0f62.txt')!;
    assert.equal(paragraphs[1].text, '');
    assert.equal(paragraphs[2].text, '市委法治建设办：');
    assert.equal(paragraphs[2].firstLine, 0);
    assert.equal(paragraphs[2].alignment, 'left');
    assert.equal(fontOf(paragraphs[2]), '仿宋_GB2312');
  });

  it('signature centred over the date line, which ends four characters from the right, one blank line below the body', async () => {
    const { paragraphs } = await readDocx(
      await exportDocx('XX市科学技术局2024年度法治政府建设情况报告\n\n一、主要举措和成效\n开展了工作。\n特此报告。\n\n\nXX市科学技术局\n2025年3月24日\n'),
    );
    const [closing, blank, signature, date] = paragraphs.slice(-4);
    assert.equal(closing.text, '特此报告。');
    assert.equal(blank.text, '');
    assert.equal(signature.text, 'XX市科学技术局');
    assert.equal(date.text, '2025年3月24日');
    const char = charWidth(date);
    assert.equal(date.alignment, 'right');
    assert.equal(date.right, 4 * char);
    // Widths on the grid: Chinese characters one character, digits and Latin letters half (less the spacing).
    const width = (s: string) => [...s].reduce((w, c) => w + (c < '\u2000' ? 160 + date.characterSpacing : char), 0);
    const centre = (p: ParagraphLook) => p.right + width(p.text) / 2;
    assert.equal(signature.alignment, 'right');
    assert.ok(Math.abs(centre(signature) - centre(date)) <= 1, `${centre(signature)} vs ${centre(date)}`);
  });

  it('leaves out web chrome and Word bookmarks, and keeps the text it was given', async () => {
    const seed002 = looks.get('002_7c7a822b79e1e6d1.txt')!.paragraphs.map((p) => p.text).join('\n');
    assert.doesNotMatch(seed002, /您当前的位置|来自: 日期|扫一扫/);
    assert.match(seed002, /^重庆市科学技术局2024年度法治政府建设情况报告\n/);
    const draft = 'XX局2024年度法治政府建设情况报告\n\n一、主要举措和成效\n[bookmark: _GoBack]（一）健全制度。\n开展了工作。      \n';
    const copy = draft.slice();
    const { paragraphs } = await readDocx(await exportDocx(draft));
    assert.deepEqual(
      paragraphs.map((p) => p.text),
      ['XX局2024年度法治政府建设情况报告', '', '一、主要举措和成效', '（一）健全制度。', '开展了工作。'],
    );
    assert.equal(draft, copy);
  });

  it('page numbers “— N —” in 4号 宋体: odd pages right, even pages left, one character in', () => {
    const { footers, footerXml, evenAndOddFooters } = looks.get('001_c2acbeb1ffed216f.txt')!;
    assert.ok(evenAndOddFooters);
    for (const [xml, [footer]] of [
      [footerXml.odd, footers.odd],
      [footerXml.even, footers.even],
    ] as const) {
      assert.match(xml, /<w:instrText[^>]*>PAGE<\/w:instrText>/);
      assert.equal(footer.text.replace(/\s/g, ''), '——');
      assert.equal(footer.runs[0].eastAsia, '宋体');
      assert.equal(footer.runs[0].ascii, '宋体'); // the digits: half-width 宋体
      assert.equal(footer.runs[0].size, 28); // 14 pt
    }
    assert.deepEqual([footers.odd[0].alignment, footers.odd[0].right], ['right', 280]);
    assert.deepEqual([footers.even[0].alignment, footers.even[0].left], ['left', 280]);
  });

  it('never throws on odd input: empty, no title, one long line', async () => {
    for (const text of ['', '\n\n', '一、', 'x'.repeat(100_000), '\u0000\uffff']) {
      const look = await readDocx(await exportDocx(text));
      assert.equal(look.page.width, looks.get(seedNames()[0])!.page.width);
    }
  });
});
