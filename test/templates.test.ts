import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newReportSnippet, snippetBody, toPlainText } from '../server/src/service';
import { parseReport } from '../server/src/service/report/parseReport';
import { PART_NUMBERS, REQUIRED_PARTS } from '../server/src/service/report/parts';
import { partHeading } from '../server/src/service/templates/partHeading';
import { ROOT } from './support/documents';

const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', 'law-report.json'), 'utf8')) as Record<
  string,
  { prefix: string[]; body: string[]; description: string }
>;

describe('snippets and templates', () => {
  it('the whole-report snippet, filled in, is a report with the five parts in order', () => {
    const text = toPlainText(snippetBody('年度报告全文'), { 1: '重庆市科学技术局', 2: '2025', 12: '3', 13: '1' }, { CURRENT_YEAR: '2026' });
    const report = parseReport(text);
    assert.equal(report.title?.text, '重庆市科学技术局2025年度法治政府建设情况报告');
    assert.equal(report.year, 2025);
    assert.equal(report.addressee?.text, '市委全面依法治市委员会办公室：');
    assert.match(report.opening?.text ?? '', /^2025年，重庆市科学技术局坚持/);
    assert.deepEqual(report.sections.map((s) => [s.marker, s.part]), [['一、', 1], ['二、', 2], ['三、', 3], ['四、', 4], ['五、', 5]]);
    assert.equal(report.closing?.text, '特此报告。');
    assert.equal(report.signature?.text, '重庆市科学技术局');
    assert.equal(report.dateLine?.text, '2026年3月1日');
  });

  it('each part snippet, and the heading a quick fix inserts from it, is mapped to that part', () => {
    for (const part of PART_NUMBERS) {
      const { snippet } = REQUIRED_PARTS[part];
      assert.equal(parseReport(toPlainText(snippetBody(snippet), { 2: '2025' })).sections[0]?.part, part, snippet);
      const heading = parseReport(partHeading(part, 3, 2024)).sections[0];
      assert.equal(heading?.marker, '三、', snippet);
      assert.equal(heading?.part, part, snippet);
    }
    assert.match(partHeading(4, 4, 2024), /^四、2025年度推进法治政府建设的主要安排\n/);
    assert.match(partHeading(2, 2, null), /^二、上一年度推进法治政府建设存在的不足和原因\n/);
  });

  it('has the prefixes a Chinese writer types, and pinyin or English ones', () => {
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    for (const p of ['报告', '举措', '不足', '第一责任人', '安排', '其他', '一是', '小标题', '特此报告', 'report', 'baogao', 'jucuo', 'buzu', 'anpai']) {
      assert.ok(prefixes.includes(p), p);
    }
    for (const s of Object.values(snippets)) assert.ok(s.description.length > 0);
  });

  it('新建年度报告 fills in last year, computed from today, and keeps the tab stops', () => {
    const snippet = newReportSnippet(new Date(2026, 10, 23));
    assert.match(snippet, /^\$\{1:XX市XX局\}\$\{2:2025\}年度法治政府建设情况报告\n/);
    assert.match(snippet, /\$\{11:2026\}年\$\{12:11\}月\$\{13:23\}日/);
    const text = toPlainText(snippet, {});
    const report = parseReport(text);
    assert.equal(report.year, 2025);
    assert.equal(report.dateLine?.text, '2026年11月23日');
    assert.equal(newReportSnippet(new Date(2027, 0, 5)).includes('${2:2026}'), true);
  });
});
