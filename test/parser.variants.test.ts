import * as assert from 'node:assert/strict';
import { createReportService } from '../server/src/service';
import { parseReport } from '../server/src/service/report/parseReport';
import { doc, renderOutline } from './support/documents';

// Each deviation real drafts show, as its own small case.
const outlineOf = (text: string) => renderOutline(createReportService().outline('draft', doc(text)).symbols);

describe('the parser on the variants drafts show', () => {
  it('reads (一) with ASCII parentheses as level 2', () => {
    assert.deepEqual(outlineOf('一、主要举措和成效\n(一)加强领导,完善机制。正文\n(二)健全制度\n'), [
      '1 一、主要举措和成效 h1 p1',
      '2 ·(一)加强领导,完善机制 h2',
      '3 ·(二)健全制度 h2',
    ]);
  });

  it('reads 1、 1． １． and 1. as level 3, but not 3.5亿元', () => {
    assert.deepEqual(outlineOf('一、工作情况\n1、甲项\n2．乙项\n３．丙项\n4.丁项\n3.5亿元资金到位。\n'), [
      '1 一、工作情况 h1 p1',
      '2 ·1、甲项 h3',
      '3 ·2．乙项 h3',
      '4 ·３．丙项 h3',
      '5 ·4.丁项 h3',
    ]);
  });

  it('reads （1） as level 4 under 1.', () => {
    assert.deepEqual(outlineOf('一、工作情况\n（一）甲\n1.乙\n（1）丙\n(2)丁\n'), [
      '1 一、工作情况 h1 p1',
      '2 ·（一）甲 h2',
      '3 ··1.乙 h3',
      '4 ···（1）丙 h4',
      '5 ···(2)丁 h4',
    ]);
  });

  it('takes leading spaces, tabs and full-width spaces', () => {
    assert.deepEqual(outlineOf('    一、工作情况\n\u3000\u3000（一）甲项。正文\n\t1.乙项\n'), [
      '1 一、工作情况 h1 p1',
      '2 ·（一）甲项 h2',
      '3 ··1.乙项 h3',
    ]);
  });

  it('sees through a Word [bookmark: …] glued in front of a marker', () => {
    const report = parseReport('一、工作情况\n[bookmark: _Hlk26169348]1.科学制订专项计划。主要负责人亲自统筹\n[bookmark: _GoBack]三、2021年工作计划\n');
    assert.deepEqual(
      report.allSections.map((s) => s.marker + s.title),
      ['一、工作情况', '1.科学制订专项计划', '三、2021年工作计划'],
    );
    assert.equal(report.text.slice(report.allSections[1].markerStart, report.allSections[1].markerEnd), '1.');
  });

  it('cuts a heading that runs into its body at the first 。；：', () => {
    const report = parseReport('（一）扎实开展行动。根据工作安排，我局……\n（二）强化监督；一是……\n（三）主要做法：一是……\n（四）标题而已\n');
    assert.deepEqual(
      report.allSections.map((s) => [s.title, s.runsOn]),
      [['扎实开展行动', true], ['强化监督', true], ['主要做法', true], ['标题而已', false]],
    );
  });

  it('takes 一是 at a paragraph start as an item, not one inside a sentence', () => {
    assert.deepEqual(outlineOf('一、工作情况\n（一）强化领导。一是建立机制。二是压实责任。\n一是健全制度。\n二是加强学习，提升能力。\n'), [
      '1 一、工作情况 h1 p1',
      '2 ·（一）强化领导 h2',
      '3 ··一是健全制度 item',
      '4 ··二是加强学习，提升能力 item',
    ]);
  });

  it('skips web chrome above the title and takes a title below it', () => {
    const report = parseReport(
      '您当前的位置: 首页>>政务公开>>法治政府建设年度报告\n\nXX市XX局2024年度法治政府建设情况报告\n\n来自: 日期:2025-03-24\n\n2024年，我局坚持……\n一、主要举措和成效\n',
    );
    assert.equal(report.title?.text, 'XX市XX局2024年度法治政府建设情况报告');
    assert.equal(report.year, 2024);
    assert.deepEqual(report.chromeLines, [0, 4]);
    assert.equal(report.opening?.line, 6);
  });

  it('joins a title wrapped over two or three lines, with the organisation on a line of its own', () => {
    const two = parseReport('沙坪坝区科学技术局关于2020年度法治政府\n建设情况的报告\n\n按照有关规定，现将情况报告如下。\n一、主要举措与成效\n');
    assert.equal(two.title?.text, '沙坪坝区科学技术局关于2020年度法治政府建设情况的报告');
    assert.equal(two.title?.organisation, '沙坪坝区科学技术局');
    const three = parseReport('中共XX市\n交通运输局党组\n2022年度法治政府建设报告\n2022年，局党组……\n一、工作情况\n');
    assert.deepEqual(three.title?.lines, [0, 1, 2]);
    assert.equal(three.title?.text, '中共XX市交通运输局党组2022年度法治政府建设报告');
    // The organisation's own name may be wrapped too: it is every line above the one naming the report.
    assert.equal(three.title?.organisation, '中共XX市交通运输局党组');
    assert.equal(parseReport('重庆市南川区\n司法局\n2024年度法治政府建设情况报告\n一、工作情况\n').title?.organisation, '重庆市南川区司法局');
    const own = parseReport('遂宁市科学技术局\n\n2020年度法治政府建设工作报告\n\n根据工作安排，现报告如下：\n一、主要举措和成效\n');
    assert.equal(own.title?.organisation, '遂宁市科学技术局');
    assert.equal(own.year, 2020);
  });

  it('takes the reported year from the title, else the opening, else a date line in the first half of the next year', () => {
    const body = '\n一、主要举措和成效\n正文。\n特此报告。\n某局\n';
    assert.equal(parseReport('某局2023年度法治政府建设情况报告\n现将2022年度情况报告如下：' + body + '2024年2月1日\n').year, 2023);
    assert.equal(parseReport('某局法治政府建设情况报告\n现将我局2022年度法治政府建设情况报告如下：' + body + '2024年2月1日\n').year, 2022);
    assert.equal(parseReport('某局法治政府建设情况报告\n现将有关情况报告如下：' + body + '2021年2月20日\n').year, 2020);
    assert.equal(parseReport('某局法治政府建设情况报告\n现将有关情况报告如下：' + body + '2021年12月20日\n').year, null);
  });

  it('knows the addressee, the opening, 特此报告 and the closing date line', () => {
    const report = parseReport(
      'XX局2024年度法治政府建设情况报告\n市委法治建设办：\n现将有关情况报告如下：\n一、主要举措和成效\n正文。\n\n特此报告。\n\nXX局\n2025年3月24日\n',
    );
    assert.equal(report.addressee?.text, '市委法治建设办：');
    assert.equal(report.opening?.text, '现将有关情况报告如下：');
    assert.equal(report.closing?.line, 6);
    assert.equal(report.signature?.text, 'XX局');
    assert.equal(report.dateLine?.text, '2025年3月24日');
    // The last section stops before 特此报告.
    assert.equal(report.sections[0].lastLine, 4);
  });

  it('finds date lines in the forms reviewers correct: 2025.3.24, 2025-03-24, 二〇二五年三月', () => {
    for (const date of ['2025.3.24', '2025-03-24', '2025年03月05日', '二〇二五年三月']) {
      const report = parseReport(`XX局2024年度法治政府建设情况报告\n一、主要举措和成效\n正文。\nXX局\n${date}\n`);
      assert.equal(report.dateLine?.text, date, date);
    }
  });

  it('takes blank lines anywhere, CRLF and a BOM', () => {
    const text = '\ufeffXX局2024年度法治政府建设情况报告\r\n\r\n\r\n一、主要举措和成效\r\n\r\n（一）甲项\r\n\r\n\r\n二、存在问题\r\n';
    const report = parseReport(text);
    assert.equal(report.title?.text, 'XX局2024年度法治政府建设情况报告');
    assert.deepEqual(renderOutline(createReportService().outline('x', doc(text)).symbols), [
      '4 一、主要举措和成效 h1 p1',
      '6 ·（一）甲项 h2',
      '9 二、存在问题 h1 p2',
    ]);
    // A section ends at its last text line, not at the blank lines before the next heading.
    assert.equal(report.sections[0].lastLine, 5);
  });

  it('recognises the required parts by key words, not one exact string', () => {
    const partOf = (heading: string) => parseReport(`${heading}\n`).sections[0]?.part;
    assert.equal(partOf('一、2024年法治建设工作开展情况'), 1);
    assert.equal(partOf('一、主要做法与成效'), 1);
    assert.equal(partOf('一、依法全面履行政府职能'), 1);
    assert.equal(partOf('二、存在问题及原因分析'), 2);
    assert.equal(partOf('二、存在的问题和不足'), 2);
    assert.equal(partOf('三、党政主要负责人履行推进法治建设第一责任人职责情况'), 3);
    assert.equal(partOf('四、2024年工作思路'), 4);
    assert.equal(partOf('四、下一步工作打算'), 4);
    assert.equal(partOf('五、其他需要报告的情况'), 5);
    assert.equal(partOf('一、2022年推进法治政府建设主要举措、成效和不足'), 1);
  });

  it('gives part 3 to a 第一责任人 sub-heading folded into another part, and to a point only in a section on leadership', () => {
    const report = parseReport('一、主要举措和成效\n1、切实履行法治建设第一责任人职责。坚持……\n2、推进依法决策\n一是主要负责人履行第一责任人职责。\n');
    assert.deepEqual(report.allSections.map((s) => s.part), [1, 3, null, null]);
    const leadership = parseReport('一、加强党的领导\n一是主要负责人履行第一责任人职责。\n二是健全工作机制。\n');
    assert.deepEqual(leadership.allSections.map((s) => s.part), [1, 3, null]);
  });
});

describe('positions', () => {
  it('are right with CRLF line endings', () => {
    const text = '标题\r\n一、主要举措和成效\r\n正文\r\n（一）甲项。正文\r\n二、存在问题\r\n';
    const [first, second] = createReportService().documentSymbols(doc(text));
    assert.deepEqual(first.selectionRange, { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
    assert.deepEqual(first.range, { start: { line: 1, character: 0 }, end: { line: 3, character: 8 } });
    assert.deepEqual(first.children?.[0].selectionRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } });
    assert.deepEqual(second.range.start, { line: 4, character: 0 });
  });

  it('count UTF-16 code units, so a non-BMP character (𠮷) before a heading is two', () => {
    const text = '𠮷𠮷\n\u3000\u3000（一）𠮷字号甲项。正文\n';
    const [symbol] = createReportService().documentSymbols(doc(text));
    assert.equal(symbol.name, '（一）𠮷字号甲项');
    assert.deepEqual(symbol.selectionRange, { start: { line: 1, character: 2 }, end: { line: 1, character: 11 } });
    assert.deepEqual(symbol.range.end, { line: 1, character: 14 });
  });
});
