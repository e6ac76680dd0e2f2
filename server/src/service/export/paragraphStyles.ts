import { AlignmentType, type IParagraphStyleOptions, type IStylesOptions, LineRuleType } from 'docx';
import { FONTS } from './fonts';
import { CHARACTER_SPACING, chars, HALF_POINTS, LINE_PITCH } from './gbt9704';

// Named paragraph styles, one per kind of line, so that a writer who changes a heading's look in
// Word changes it everywhere; headings carry outline levels for Word's navigation pane.

export const STYLE = {
  title: 'GwTitle',
  addressee: 'GwAddressee',
  body: 'GwBody',
  heading: ['GwHeading1', 'GwHeading2', 'GwHeading3', 'GwHeading4'],
  closingBlock: 'GwClosingBlock',
} as const;

// Every line sits on the 22-line grid: exact spacing, nothing before or after a paragraph.
const ON_GRID = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };
// 每个自然段左空二字，回行顶格.
const FIRST_LINE_TWO_CHARACTERS = { firstLine: chars(2) };

function headingStyle(level: 1 | 2 | 3 | 4, name: string): IParagraphStyleOptions {
  const font = level === 1 ? FONTS.heading1 : level === 2 ? FONTS.heading2 : FONTS.body;
  return {
    id: STYLE.heading[level - 1],
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font },
    paragraph: { outlineLevel: level - 1 },
  };
}

export const GBT9704_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS.body, size: HALF_POINTS.body, characterSpacing: CHARACTER_SPACING },
      paragraph: { spacing: ON_GRID },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: '公文正文',
      quickFormat: true,
      run: { font: FONTS.body, size: HALF_POINTS.body, characterSpacing: CHARACTER_SPACING },
      paragraph: { alignment: AlignmentType.JUSTIFIED, indent: FIRST_LINE_TWO_CHARACTERS, spacing: ON_GRID },
    },
    {
      id: STYLE.title,
      name: '公文标题',
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      // The title is not on the character grid: 2号 characters keep their natural width.
      run: { font: FONTS.title, size: HALF_POINTS.title, characterSpacing: 0 },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true },
    },
    {
      id: STYLE.addressee,
      name: '主送机关',
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } },
    },
    headingStyle(1, '一级标题'),
    headingStyle(2, '二级标题'),
    headingStyle(3, '三级标题'),
    headingStyle(4, '四级标题'),
    {
      id: STYLE.closingBlock,
      name: '署名和成文日期',
      basedOn: STYLE.body,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0 }, keepNext: true },
    },
  ],
};
