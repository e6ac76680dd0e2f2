import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { parseReport } from '../report/parseReport';
import { type ExportBlock, exportBlocks } from './exportBlocks';
import { FONTS, fontTableXml } from './fonts';
import {
  BODY_SIZE_TWIPS,
  CHAR_PITCH,
  CHARACTER_SPACING,
  chars,
  FOOTER_DISTANCE,
  HALF_POINTS,
  MARGIN_BOTTOM,
  MARGIN_LEFT,
  MARGIN_RIGHT,
  MARGIN_TOP,
  PAGE_HEIGHT,
  PAGE_NUMBER_INSET,
  PAGE_WIDTH,
} from './gbt9704';
import { GBT9704_STYLES, STYLE } from './paragraphStyles';
import { withoutArtifacts } from './withoutArtifacts';

/**
 * A draft as a .docx laid out per GB/T 9704-2012. Artifacts the checker knows are left out; the
 * text handed in is not changed.
 */
export async function exportDocx(text: string): Promise<Buffer> {
  const report = parseReport(withoutArtifacts(parseReport(text)));
  const document = new Document({
    title: report.title?.text ?? '',
    creator: report.title?.organisation ?? '',
    styles: GBT9704_STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_WIDTH, height: PAGE_HEIGHT },
            margin: { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_LEFT, right: MARGIN_RIGHT, footer: FOOTER_DISTANCE },
          },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: exportBlocks(report).map(paragraphOf),
      },
    ],
  });
  return withFontTable(await Packer.toBuffer(document));
}

/** Replaces the font table docx writes (embedded fonts only) with one naming each font's alternate. */
async function withFontTable(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file('word/fontTable.xml', fontTableXml());
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function paragraphOf(block: ExportBlock): Paragraph {
  switch (block.kind) {
    case 'title':
      // One paragraph with line breaks where the writer broke the title, so it stays wrapped as written.
      return new Paragraph({
        style: STYLE.title,
        children: block.lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })),
      });
    case 'addressee':
      return new Paragraph({ style: STYLE.addressee, children: [new TextRun(block.text)] });
    case 'heading': {
      const children = [new TextRun(block.heading)];
      // Body text running on after the heading is set in the body font.
      if (block.rest) children.push(new TextRun({ text: block.rest, font: FONTS.body }));
      // A heading on a line of its own stays with what follows; one that runs on is a paragraph like
      // any other, and chaining those would move whole runs of them to the next page.
      return new Paragraph({ style: STYLE.heading[block.level - 1], keepNext: !block.rest, children });
    }
    case 'signature': {
      // 7.3.5.1: the signature is centred over the date line, which ends four characters from the right.
      const inset = chars(4) + Math.round((textWidth(block.dateLine) - textWidth(block.text)) / 2);
      return new Paragraph({ style: STYLE.closingBlock, indent: { right: Math.max(inset, 0) }, children: [new TextRun(block.text)] });
    }
    case 'date':
      return new Paragraph({ style: STYLE.closingBlock, indent: { right: chars(4) }, children: [new TextRun(block.text)] });
    case 'blank':
      return new Paragraph({ style: STYLE.body });
    case 'body':
      return new Paragraph({ style: STYLE.body, children: [new TextRun(block.text)] });
  }
}

/** Width in twips of a line of body text: digits and Latin letters are half as wide as Chinese. */
function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += c.charCodeAt(0) < 0x2000 ? BODY_SIZE_TWIPS / 2 + CHARACTER_SPACING : CHAR_PITCH;
  return width;
}

/** 7.5: “— 1 —” in 4号 half-width 宋体; odd pages right, even pages left, one character in. */
function pageNumberFooter(pages: 'odd' | 'even'): Footer {
  const odd = pages === 'odd';
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: PAGE_NUMBER_INSET, firstLine: 0 } : { left: PAGE_NUMBER_INSET, firstLine: 0 },
        // Off the text grid: a single 4号 line, which the footer distance above assumes.
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNumber, size: HALF_POINTS.pageNumber, characterSpacing: 0 }),
        ],
      }),
    ],
  });
}
