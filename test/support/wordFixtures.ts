import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

// A Word draft as people send them, written with a Word-writing library: headings numbered by Word's
// own lists (一、 and （一） are not in the text), a table, tracked changes, a comment, a footnote, and a
// header and footer with a page-number field. WORD_DRAFT_TEXT is what a person sees in Word.

const tracked = { author: '审核人', date: '2025-01-10T00:00:00Z' };

/** The body paragraph repeated to fill pages, so a PDF of the draft has running headers and footers on several pages. */
export const FILLER = '全面落实行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，持续规范行政执法行为，不断提升执法质量和效能。';

export async function makeWordDraft(fillerParagraphs = 0): Promise<Buffer> {
  const heading = (text: string, level: 0 | 1, instance?: number) =>
    new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'report', level, ...(instance === undefined ? {} : { instance }) } });
  const document = new Document({
    numbering: {
      config: [
        {
          reference: 'report',
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
          ],
        },
        {
          reference: 'steps',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1．', start: 3, alignment: AlignmentType.LEFT }],
        },
      ],
    },
    comments: { children: [{ id: 0, author: tracked.author, date: new Date(tracked.date), children: [new Paragraph('这句话要再斟酌')] }] },
    footnotes: { 1: { children: [new Paragraph('脚注：数据来源于统计年鉴。')] } },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph('某某市司法局文件')] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })] })] }) },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('某某市司法局2024年法治政府建设年度报告')] }),
          new Paragraph({
            children: [
              new TextRun('2024年，我局深入学习贯彻习近平法治思想'),
              new FootnoteReferenceRun(1),
              new TextRun('，'),
              new CommentRangeStart(0),
              new TextRun('全面推进法治政府建设。'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
            ],
          }),
          heading('主要举措和成效', 0),
          heading('加强组织领导', 1),
          new Paragraph({
            children: [
              new TextRun('成立领导小组，'),
              new DeletedTextRun({ id: 1, ...tracked, text: '每季度' }),
              new InsertedTextRun({ id: 2, ...tracked, text: '每月' }),
              new TextRun('召开专题会议。'),
            ],
          }),
          heading('推进依法行政', 1),
          new Paragraph({ children: [new TextRun('第一行'), new TextRun({ text: '第二行', break: 1 })] }),
          ...Array.from({ length: fillerParagraphs }, () => new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(FILLER)] })),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            columnWidths: [4500, 4500],
            rows: [
              new TableRow({ children: [new TableCell({ children: [new Paragraph('指标')] }), new TableCell({ children: [new Paragraph('数量')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('行政复议案件')] }), new TableCell({ children: [new Paragraph('12件')] })] }),
            ],
          }),
          heading('存在的不足和原因', 0),
          heading('基层执法力量不足', 1),
          new Paragraph({ children: [new TextRun('具体步骤：')], numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ children: [new TextRun('下一步')], numbering: { reference: 'steps', level: 0 } }),
          heading('下一年度工作安排', 0),
          heading('完善制度', 1),
          // A second instance of the list: Word counts on within the abstract list unless told to restart.
          heading('重新编号的列表', 0, 2),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
