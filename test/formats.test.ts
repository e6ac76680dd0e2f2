import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as CFB from 'cfb';
import { Document, Packer, PageBreak, Paragraph } from 'docx';
import JSZip from 'jszip';
import { readReportBytes, type ReportRead } from '../server/src/node/files/reportFileKinds';
import { formatNumber } from '../server/src/node/formats/numberFormats';
import { createReportService, exportDocx } from '../server/src/service';
import { doc, readSeed, renderOutline, seedNames } from './support/documents';
import { makeDocx } from './support/docx';
import { convertWithLibreOffice, skipWithoutPdfTools } from './support/pdf';
import { cjkCMapPdf } from './support/cjkPdf';
import { FILLER, makeWordDraft } from './support/wordFixtures';

// Word, WPS and PDF drafts read as a person sees them. The .docx is written by a Word-writing
// library; the .doc, .rtf and .pdf are LibreOffice's conversions of it, as a colleague would send them.


/** What the Word draft of wordFixtures shows in Word, line by line. */
const DRAFT_LINES = [
  '某某市司法局2024年法治政府建设年度报告',
  '2024年，我局深入学习贯彻习近平法治思想，全面推进法治政府建设。',
  '一、主要举措和成效',
  '（一）加强组织领导',
  '成立领导小组，每月召开专题会议。',
  '（二）推进依法行政',
  '第一行',
  '第二行',
  '指标\t数量',
  '行政复议案件\t12件',
  '二、存在的不足和原因',
  '（一）基层执法力量不足',
  '3．具体步骤：',
  '4．下一步',
  '三、下一年度工作安排',
  '（一）完善制度',
  '一、重新编号的列表',
];

/** The read, with a problem's leading "name：" checked and taken off. */
async function read(bytes: Buffer, name: string): Promise<ReportRead> {
  const result = await readReportBytes(bytes, name);
  if (!('problem' in result)) return result;
  assert.ok(result.problem.startsWith(`${name}：`), result.problem);
  return { problem: result.problem.slice(name.length + 1) };
}

function textOf(result: ReportRead): string {
  if ('problem' in result) assert.fail(`expected text, got: ${result.problem}`);
  return result.text;
}

function problemOf(result: ReportRead): string {
  if (!('problem' in result)) assert.fail(`expected a problem, got text: ${result.text.slice(0, 80)}`);
  return result.problem;
}

describe('report files: .docx', () => {
  it('draws Word list numbers, keeps table rows and soft breaks, accepts tracked changes, leaves out notes, comments, headers and footers', async () => {
    const result = await read(await makeWordDraft(), '报告.docx');
    assert.deepEqual(textOf(result).split('\n'), DRAFT_LINES);
    assert.ok(!('encoding' in result), 'a Word file is never written back as text');
  });

  it('leaves out a table of contents: its cached lines would repeat every heading', async () => {
    const zip = await JSZip.loadAsync(await makeDocx(['placeholder']));
    const w = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
    const field = (type: string) => `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;
    const body = [
      `<w:p>${w('某某市司法局2024年法治政府建设年度报告')}</w:p>`,
      // Word's own table of contents: a content control of the TOC gallery around a TOC field.
      '<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>',
      `<w:p>${w('目录')}</w:p>`,
      `<w:p>${field('begin')}<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r>${field('separate')}${w('一、主要举措和成效')}<w:r><w:tab/></w:r>${w('1')}</w:p>`,
      `<w:p>${w('二、存在的不足和原因')}<w:r><w:tab/></w:r>${w('2')}${field('end')}</w:p>`,
      '</w:sdtContent></w:sdt>',
      // A TOC field outside a content control, as older Word versions leave it.
      `<w:p>${field('begin')}<w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" </w:instrText></w:r>${field('separate')}${w('一、主要举措和成效')}${field('end')}</w:p>`,
      `<w:p>${w('一、主要举措和成效')}</w:p>`,
    ].join('');
    zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    assert.deepEqual(textOf(await read(bytes, '目录.docx')).split('\n'), ['某某市司法局2024年法治政府建设年度报告', '', '一、主要举措和成效']);
  });

  it('counts in Word number formats', () => {
    assert.deepEqual(
      [1, 9, 10, 11, 20, 21, 100, 105].map((n) => formatNumber(n, 'chineseCounting')),
      ['一', '九', '十', '十一', '二十', '二十一', '一百', '一百〇五'],
    );
    assert.equal(formatNumber(12, 'chineseLegalSimplified'), '壹拾贰');
    assert.equal(formatNumber(3, 'ideographTraditional'), '丙');
    assert.equal(formatNumber(2, 'decimalEnclosedCircle'), '②');
    assert.equal(formatNumber(28, 'upperLetter'), 'BB');
    assert.equal(formatNumber(14, 'lowerRoman'), 'xiv');
  });

  it('is told by its bytes: a .docx saved under .doc or .txt still reads as Word', async () => {
    const bytes = await makeWordDraft();
    assert.deepEqual(textOf(await read(bytes, '报告.doc')).split('\n'), DRAFT_LINES);
    assert.deepEqual(textOf(await read(bytes, '报告.txt')).split('\n'), DRAFT_LINES);
  });
});

describe('report files: bad input gets one reason', () => {
  it('a 0-byte file, an HTML page saved as .pdf, a truncated PDF, a broken .docx, binary named .txt', async () => {
    assert.equal(problemOf(await read(Buffer.alloc(0), 'a.pdf')), '空文件');
    const html = Buffer.from('<!DOCTYPE html>\n<html><head><title>法治政府建设年度报告</title></head><body>…</body></html>');
    assert.match(problemOf(await read(html, '报告.pdf')), /^是网页（HTML），不是 PDF 或 Word 文件/);
    assert.match(problemOf(await read(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog'), '报告.pdf')), /^PDF 文件不完整/);
    assert.match(problemOf(await read(Buffer.from('PK\u0003\u0004 not really a zip'), '报告.docx')), /^不是有效的 Word 文档（.+）$/);
    assert.match(problemOf(await read(Buffer.from('plain words'), '报告.pdf')), /^不是有效的 PDF 文件（文件头不符，可能已损坏）$/);
    assert.equal(problemOf(await read(Buffer.from([0x01, 0x00, 0x02, 0x00]), 'a.txt')), '不是文本文件（含二进制内容）');
  });

  it('a password-protected .docx (Word wraps the encrypted package in an OLE file)', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, 'EncryptionInfo', Buffer.alloc(256, 4));
    CFB.utils.cfb_add(container, 'EncryptedPackage', Buffer.alloc(8192, 7));
    const bytes = Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    assert.match(problemOf(await read(bytes, '报告.docx')), /^文档设有打开密码（已加密），无法读取/);
  });

  it('a PDF whose pages have no text (a scan)', async () => {
    assert.equal(problemOf(await read(emptyPagesPdf(2), '扫描件.pdf')), 'PDF 中没有可检查的文字（可能是扫描件）：请提供 Word 文件或可复制文字的 PDF');
  });
});

describe('report files: PDF fonts', () => {
  it('Chinese set in a font neither embedded nor mapped to Unicode (STSong-Light, UniGB-UCS2-H) reads through Adobe\'s CMaps', async () => {
    const lines = ['某某市司法局2024年法治政府建设年度报告', '一、主要举措和成效', '推进行政执法三项制度全覆盖。'];
    assert.deepEqual(textOf(await read(cjkCMapPdf(lines), '旧版.pdf')).split('\n'), lines);
  });
});

/** A valid PDF of blank A4 pages, as a scanner's pages look to a text reader (the image left out). */
function emptyPagesPdf(pages: number): Buffer {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${i + 3} 0 R`).join(' ')}] /Count ${pages} >>`,
    ...Array.from({ length: pages }, () => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('report files converted by LibreOffice: .doc, .rtf, .pdf', function () {
  this.timeout(300_000);
  let dir: string;
  const file = (name: string) => readFileSync(join(dir, name));
  const service = createReportService();

  before(async function () {
    skipWithoutPdfTools(this);
    dir = mkdtempSync(join(tmpdir(), 'law-report-formats-'));
    const profile = join(dir, 'profile');
    writeFileSync(join(dir, 'draft.docx'), await makeWordDraft());
    writeFileSync(join(dir, 'long.docx'), await makeWordDraft(60));
    const pages300 = new Document({ sections: [{ children: Array.from({ length: 300 }, (_, i) => new Paragraph({ children: [new PageBreak()], text: `第${i + 1}页` })) }] });
    writeFileSync(join(dir, 'pages300.docx'), await Packer.toBuffer(pages300));
    const seeds: string[] = [];
    for (const seed of seedNames()) {
      const path = join(dir, seed.replace(/\.txt$/, '.docx'));
      writeFileSync(path, await exportDocx(readSeed(seed)));
      seeds.push(path);
    }
    convertWithLibreOffice([join(dir, 'draft.docx'), ...seeds], 'doc', dir, profile);
    convertWithLibreOffice([join(dir, 'draft.docx')], 'rtf', dir, profile);
    convertWithLibreOffice([join(dir, 'draft.docx'), join(dir, 'long.docx'), join(dir, 'pages300.docx'), ...seeds], 'pdf', dir, profile);
    const encrypted = join(dir, 'encrypted');
    convertWithLibreOffice(
      [join(dir, 'draft.docx')],
      'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}',
      encrypted,
      profile,
    );
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('.doc: Word\'s list numbers drawn, tracked changes accepted, table rows as lines; no header, footer, footnote or comment', async () => {
    const text = textOf(await read(file('draft.doc'), 'draft.doc'));
    // LibreOffice writes each stretch of a Word list as a list of its own in a .doc, so only the
    // numbers within a stretch are the .docx's; Word counts such a file the same way.
    for (const line of ['一、主要举措和成效', '（一）加强组织领导', '（二）推进依法行政', '（一）基层执法力量不足', '3．具体步骤：']) {
      assert.ok(text.split('\n').includes(line), `${line} in:\n${text}`);
    }
    assert.match(text, /成立领导小组，每月召开专题会议。/);
    assert.match(text, /^指标\t数量$/m);
    assert.match(text, /^行政复议案件\t12件$/m);
    assert.match(text, /^第一行\n第二行$/m);
    assert.doesNotMatch(text, /每季度|某某市司法局文件|脚注|斟酌/);
  });

  it('.doc saved under .wps (WPS writes the same format) reads alike', async () => {
    assert.equal(textOf(await read(file('draft.doc'), 'draft.wps')), textOf(await read(file('draft.doc'), 'draft.doc')));
  });

  it('an encrypted .doc (the FIB says so): one reason, not noise', async () => {
    const container = CFB.read(file('draft.doc'), { type: 'buffer' });
    const stream = CFB.find(container, 'WordDocument')!;
    const content = Buffer.from(stream.content as Uint8Array);
    content.writeUInt16LE(content.readUInt16LE(0x0a) | 0x0100, 0x0a);
    stream.content = content;
    const bytes = Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
    assert.match(problemOf(await read(bytes, 'draft.doc')), /^文档设有打开密码（已加密），无法读取/);
  });

  it('.rtf (Word saves .doc as RTF too): Word\'s list numbers, tracked changes accepted', async () => {
    assert.deepEqual(textOf(await read(file('draft.rtf'), '报告.doc')).split('\n'), DRAFT_LINES);
  });

  it('.pdf: lines in order with the list numbers as printed; running header, page numbers and footnotes out', async () => {
    const lines = textOf(await read(file('long.pdf'), 'long.pdf')).split('\n').filter((l) => l !== '');
    // The PDF shows tracked changes as printed (the deletion struck through), so those lines differ.
    const printed = DRAFT_LINES.filter((l) => !l.startsWith('成立领导小组') && !l.includes('\t'));
    assert.deepEqual(
      lines.filter((l) => !l.startsWith(FILLER.slice(0, 10)) && !l.startsWith('成立领导小组') && !/^指标|^行政复议/.test(l)),
      printed,
    );
    // Each filler paragraph, broken over lines by the margin, is one line again.
    assert.deepEqual([...new Set(lines.filter((l) => l.startsWith(FILLER.slice(0, 10))))], [FILLER]);
    assert.equal(lines.filter((l) => l === FILLER).length, 60);
  });

  it('an encrypted PDF and a 300-page PDF: one reason each', async () => {
    assert.match(problemOf(await read(readFileSync(join(dir, 'encrypted', 'draft.pdf')), 'draft.pdf')), /^PDF 设有打开密码（已加密）/);
    assert.equal(problemOf(await read(file('pages300.pdf'), 'pages300.pdf')), 'PDF 共 300 页，超过上限 200 页（年度报告通常不超过几十页），未读取');
  });

  it('.doc keeps a Chinese report\'s quotes and dashes as written: “” ‘’ and —, not ASCII', async () => {
    const marks = (text: string) => [...text].filter((c) => '“”‘’—"'.includes(c)).join('');
    for (const seed of seedNames()) {
      const expected = marks(readSeed(seed));
      assert.equal(marks(textOf(await read(file(seed.replace(/\.txt$/, '.doc')), 'seed.doc'))), expected, seed);
    }
    assert.ok(seedNames().some((seed) => /[“—]/.test(readSeed(seed))));
  });

  it('every seed exported to .docx, then to .doc and .pdf: outline and findings (but artifact) as in its text', async () => {
    const view = (text: string) => {
      const document = doc(text, 'file:///seed.txt');
      const outline = service.outline('seed', document);
      return {
        title: outline.title,
        year: outline.year,
        outline: renderOutline(outline.symbols).map((line) => line.replace(/^\d+ /, '')),
        parts: [...service.parts(document)].sort(),
        findings: service
          .diagnostics(document)
          .filter((d) => d.code !== 'artifact')
          .map((d) => `${d.code} ${d.message}`)
          .sort(),
      };
    };
    for (const seed of seedNames()) {
      const expected = view(readSeed(seed));
      assert.ok(expected.outline.length > 3, seed);
      for (const extension of ['.docx', '.doc', '.pdf']) {
        const name = seed.replace(/\.txt$/, extension);
        assert.deepEqual(view(textOf(await read(file(name), name))), expected, name);
      }
    }
  });
});
