import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReportService, exportDocx, type OutlineSymbol } from '../server/src/service';
import { doc, readSeed, seedNames } from './support/documents';
import { type ParagraphLook, readDocx } from './support/docxRead';
import { convertToPdf, skipWithoutPdfTools, pageCount, pageLines, pageTexts } from './support/pdf';

// The exported documents printed to PDF by LibreOffice, as a reviewer would print them: what is on
// the pages, where, and how many pages. LibreOffice finds none of the Chinese fonts named here and
// substitutes, which changes glyph shapes but not the grid: every Chinese character is one em wide.

const MM = 72 / 25.4;
const BLOCK = { left: 28 * MM, right: (28 + 156) * MM, bottom: (37 + 225) * MM };
const CHAR = 15.75; // one body character on the grid, in points

const FULL_PAGE = 'XX局2024年度法治政府建设情况报告\n\n一、主要举措和成效\n' + '法治政府建设推进有力'.repeat(200) + '\n';
const CLOSING =
  'XX市科学技术局2024年度法治政府建设情况报告\n\n一、主要举措和成效\n开展了工作。\n特此报告。\n\nXX市科学技术局\n2025年3月24日\n';

function headingsOf(symbols: OutlineSymbol[]): OutlineSymbol[] {
  return symbols.flatMap((s) => (s.kind === 'heading' ? [s, ...headingsOf(s.children)] : headingsOf(s.children)));
}

/** Lines a paragraph takes on the 28-character grid: half-width characters count half. */
function gridLines(p: ParagraphLook): number {
  if (p.style === 'GwTitle') return p.lines.length * 2; // 2号 lines are taller than the grid's
  const width = [...p.text].reduce((w, c) => w + (c < '\u2000' ? 0.5 : 1), 0) + (p.firstLine > 0 ? 2 : 0);
  return Math.max(1, Math.ceil(width / 28));
}

describe('export printed to PDF by LibreOffice', function () {
  this.timeout(180_000);
  let dir: string;
  const pdf = (name: string) => join(dir, `${name}.pdf`);
  const service = createReportService();

  before(async function () {
    skipWithoutPdfTools(this);
    dir = mkdtempSync(join(tmpdir(), 'law-report-pdf-'));
    const drafts: [string, string][] = [...seedNames().map((s) => [s.replace(/\.txt$/, ''), readSeed(s)] as [string, string]), ['full-page', FULL_PAGE], ['closing', CLOSING]];
    const files: string[] = [];
    for (const [name, text] of drafts) {
      const file = join(dir, `${name}.docx`);
      writeFileSync(file, await exportDocx(text));
      files.push(file);
    }
    convertToPdf(files, dir, join(dir, 'profile'));
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('every seed: the headings appear in order', () => {
    for (const seed of seedNames()) {
      const text = pageTexts(pdf(seed.replace(/\.txt$/, '')))
        .map((page) => page.replace(/\s+/g, '').replace(/—\d+—$/, ''))
        .join('');
      let at = 0;
      const headings = headingsOf(service.outline(seed, doc(readSeed(seed), `file:///${seed}`)).symbols);
      for (const h of headings) {
        const found = text.indexOf((h.marker + h.title).replace(/\s+/g, ''), at);
        assert.ok(found >= at, `${seed}: ${h.marker}${h.title} not found after offset ${at}`);
        at = found + 1;
      }
    }
  });

  it('every seed: as many pages as its lines need on a 22-line page, or one more', async () => {
    for (const seed of seedNames()) {
      const look = await readDocx(await exportDocx(readSeed(seed)));
      const lines = look.paragraphs.reduce((n, p) => n + gridLines(p), 0);
      const pages = pageCount(pdf(seed.replace(/\.txt$/, '')));
      const needed = Math.ceil(lines / 22);
      assert.ok(pages >= needed && pages <= needed + 1, `${seed}: ${pages} pages for ${lines} lines`);
    }
  });

  it('a page of body text holds 22 lines of 28 characters', () => {
    const second = pageTexts(pdf('full-page'), 2)[0]
      .split('\n')
      .filter((l) => l.trim() !== '' && !/^—\s*\d+\s*—$/.test(l.trim()));
    assert.equal(second.length, 22);
    for (const line of second) assert.equal([...line.trim()].length, 28, line);
  });

  it('page numbers “— N —” 7 mm below the text block: odd pages one character in from the right, even from the left', () => {
    for (const page of [1, 2]) {
      const footer = pageLines(pdf('full-page'), page).filter((l) => l.yMin > BLOCK.bottom);
      assert.equal(footer.length, 1, `page ${page}`);
      assert.match(footer[0].text, new RegExp(`^—\\s*${page}\\s*—$`));
      const middle = (footer[0].yMin + footer[0].yMax) / 2;
      assert.ok(Math.abs(middle - BLOCK.bottom - 7 * MM) < 2 * MM, `page ${page}: ${(middle - BLOCK.bottom) / MM} mm below the block`);
      if (page % 2 === 1) assert.ok(Math.abs(BLOCK.right - 14 - footer[0].xMax) < 3, `odd: ends at ${footer[0].xMax}`);
      else assert.ok(Math.abs(BLOCK.left + 14 - footer[0].xMin) < 3, `even: starts at ${footer[0].xMin}`);
    }
  });

  it('the date line ends four characters from the right; the signature is centred over it', () => {
    const lines = pageLines(pdf('closing'), 1);
    const date = lines.find((l) => l.text === '2025年3月24日')!;
    const signature = lines.find((l) => l.text === 'XX市科学技术局')!;
    assert.ok(date && signature, lines.map((l) => l.text).join('|'));
    assert.ok(Math.abs(BLOCK.right - 4 * CHAR - date.xMax) < 3, `date ends at ${date.xMax}`);
    const centre = (l: { xMin: number; xMax: number }) => (l.xMin + l.xMax) / 2;
    // Within one character: LibreOffice's stand-in for Times New Roman has wider digits.
    assert.ok(Math.abs(centre(signature) - centre(date)) < CHAR, `${centre(signature)} vs ${centre(date)}`);
    assert.ok(signature.yMin < date.yMin);
  });
});
