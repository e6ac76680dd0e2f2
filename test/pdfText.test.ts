import * as assert from 'node:assert/strict';
import { type PageRuns, pdfPagesToText, type TextRun } from '../server/src/node/formats/pdfText';

// PDF layout to report lines, on pages laid out here: A4, 16 pt body text from x = 80 to 520.

const LEFT = 80;
const RIGHT = 520;
const SIZE = 16;

/** One line of runs at a baseline: each piece of text with its own x, as text extractors give them. */
function line(y: number, pieces: [string, number][], size = SIZE): TextRun[] {
  return pieces.map(([text, x]) => ({ text, x, y, width: [...text].length * size * (/^[\x20-\x7e]+$/.test(text) ? 0.5 : 1), size }));
}

/** A body line of Chinese filling the measure (27.5 characters of 16 pt). */
function full(y: number, text: string, indent = 0): TextRun[] {
  return [{ text, x: LEFT + indent, y, width: RIGHT - LEFT - indent, size: SIZE }];
}

function page(...lines: TextRun[][]): PageRuns {
  return { width: 595, height: 842, runs: lines.flat() };
}

describe('PDF layout to report lines', () => {
  it('joins the lines the right margin broke, and ends a paragraph at its short last line or an indented next line', () => {
    const text = pdfPagesToText([
      page(
        full(700, '推进严格规范公正文明执法，全面落实行政执法公示制度执法全', 32),
        full(680, '过程记录制度和重大执法决定法制审核制度，持续规范行政执法行为'),
        line(660, [['，不断提升执法质量。', LEFT]]),
        full(640, '深化行政复议体制改革，发挥行政复议化解行政争议主渠道作用，', 32),
        full(620, '全年办理行政复议案件一百二十件。'),
      ),
    ]);
    assert.deepEqual(text.split('\n'), [
      '推进严格规范公正文明执法，全面落实行政执法公示制度执法全过程记录制度和重大执法决定法制审核制度，持续规范行政执法行为，不断提升执法质量。',
      '深化行政复议体制改革，发挥行政复议化解行政争议主渠道作用，全年办理行政复议案件一百二十件。',
    ]);
  });

  it('never joins a heading to the line after it, nor a line to a heading', () => {
    const text = pdfPagesToText([
      page(
        line(700, [['一、主要举措和成效', LEFT + 32]]),
        full(680, '（一）加强组织领导。成立由主要负责同志任组长的法治政府建设领导', 32),
        full(660, '小组，定期研究部署法治政府建设工作，全年召开专题会议四次，研究'),
        full(640, '（二）推进依法行政。严格落实重大行政决策程序规定，全年作出重大', 0),
        line(620, [['决策五项。', LEFT]]),
        full(600, '其他工作稳步推进，各项任务均按计划完成，取得了较好的成效，群众', 32),
        full(580, '满意度持续提升，为下一年度工作打下基础。'),
      ),
    ]);
    assert.deepEqual(text.split('\n'), [
      '一、主要举措和成效',
      '（一）加强组织领导。成立由主要负责同志任组长的法治政府建设领导小组，定期研究部署法治政府建设工作，全年召开专题会议四次，研究',
      '（二）推进依法行政。严格落实重大行政决策程序规定，全年作出重大决策五项。',
      '其他工作稳步推进，各项任务均按计划完成，取得了较好的成效，群众满意度持续提升，为下一年度工作打下基础。',
    ]);
  });

  it('invents no space between Chinese and digits where the font changes, and keeps full-width marks', () => {
    const text = pdfPagesToText([page(line(700, [['2024', LEFT], [' ', LEFT + 32], ['年办理案件', LEFT + 36], ['120', LEFT + 116], ['件（同比增长', LEFT + 140], ['5.2%', LEFT + 236], ['）。', LEFT + 268]]))]);
    assert.equal(text, '2024年办理案件120件（同比增长5.2%）。');
  });

  it('leaves out page numbers and a running header repeated on the pages, and on a one-page report keeps the title at the top', () => {
    const pages = [1, 2, 3].map((n) =>
      page(
        line(800, [['某某市司法局2024年法治政府建设年度报告', LEFT]], 10.5),
        line(700, [[`第${n}页的正文。`, LEFT + 32]]),
        line(50, [[`— ${n} —`, 280]], 14),
      ),
    );
    assert.deepEqual(pdfPagesToText(pages).split('\n'), ['第1页的正文。', '第2页的正文。', '第3页的正文。']);
    const one = pdfPagesToText([page(line(800, [['某某市司法局2024年法治政府建设年度报告', LEFT]], 22), line(700, [['正文。', LEFT + 32]]), line(50, [['第 1 页 共 1 页', 260]], 10.5))]);
    assert.deepEqual(one.split('\n'), ['某某市司法局2024年法治政府建设年度报告', '', '正文。']);
  });
});
