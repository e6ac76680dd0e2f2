import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { newReportSnippet, snippetBody, toPlainText } from '../server/src/service';
import { reportYearFor, reportYearInFileName } from '../server/src/service/templates/reportTemplates';
import { parseReport } from '../server/src/service/report/parseReport';
import { PART_NUMBERS, REQUIRED_PARTS } from '../server/src/service/report/parts';
import { partHeading } from '../server/src/service/templates/partHeading';
import { ROOT } from './support/documents';

type Snippets = Record<string, { prefix: string[]; body: string[]; description: string }>;
const read = (name: string) => JSON.parse(readFileSync(join(ROOT, 'snippets', name), 'utf8')) as Snippets;
/** The parts' snippets VS Code offers as they are, and the whole report the extension offers with its years. */
const snippets: Snippets = { ...read('law-report.json'), ...read('report.json') };

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

  it('proposes this year\'s report from July to December, last year\'s from January to June', () => {
    assert.equal(reportYearFor(new Date(2026, 10, 30)), 2026); // 30 November 2026
    assert.equal(reportYearFor(new Date(2026, 6, 1)), 2026); // 1 July
    assert.equal(reportYearFor(new Date(2026, 5, 30)), 2025); // 30 June
    assert.equal(reportYearFor(new Date(2027, 0, 5)), 2026);
    assert.equal(reportYearFor(new Date(2027, 1, 28)), 2026);
  });

  it('reads the year from a file name that has one', () => {
    assert.equal(reportYearInFileName('2025年度法治政府建设情况报告.txt'), 2025);
    assert.equal(reportYearInFileName('南川区司法局关于2024年法治政府建设情况的报告.md'), 2024);
    assert.equal(reportYearInFileName('草稿.txt'), undefined);
    assert.equal(reportYearInFileName('报告12025年.txt'), undefined);
    assert.equal(reportYearInFileName(undefined), undefined);
  });

  it('新建年度报告 on 30 November 2026 drafts the 2026 report, dated 2027 with the day left to fill; tab stops kept', () => {
    const snippet = newReportSnippet(new Date(2026, 10, 30));
    assert.match(snippet, /^\$\{1:XX市XX局\}\$\{2:2026\}年度法治政府建设情况报告\n/);
    assert.match(snippet, /\$\{11:2027\}年\$\{12:X\}月\$\{13:X\}日/);
    const text = toPlainText(snippet, {});
    assert.equal(parseReport(text).year, 2026);
    assert.match(text, /\n2027年X月X日\n$/);
  });

  it('in January it drafts last year\'s report and dates it today', () => {
    const snippet = newReportSnippet(new Date(2027, 0, 5));
    assert.ok(snippet.includes('${2:2026}'));
    assert.equal(parseReport(toPlainText(snippet, {})).dateLine?.text, '2027年1月5日');
  });

  it('the 报告 template takes the year from the file name (2025年度…报告.txt → 2025, dated 2026)', () => {
    const snippet = newReportSnippet(new Date(2026, 10, 30), '2025年度法治政府建设情况报告.txt');
    const report = parseReport(toPlainText(snippet, {}));
    assert.equal(report.year, 2025);
    assert.equal(report.dateLine?.text, '2026年11月30日');
    assert.match(toPlainText(snippet, {}), /\n四、下一年度推进法治政府建设的主要安排\n/);
  });
});
