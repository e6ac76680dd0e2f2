import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { readSeed, ROOT, SEEDS_DIR } from './support/documents';
import { seed001CarriedForward, unrelatedReport } from './support/repeatedDrafts';
import { runCli as run } from './support/cli';
import { makeDocx } from './support/docx';


describe('law-report outline', () => {
  it('--json gives {file, title, year, symbols} per file with the contract fields', () => {
    const { code, stdout } = run(['outline', 'seeds/001_c2acbeb1ffed216f.txt', '--json']);
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout);
    assert.deepEqual(Object.keys(file).sort(), ['file', 'symbols', 'title', 'year']);
    assert.equal(file.file, 'seeds/001_c2acbeb1ffed216f.txt');
    assert.equal(file.title, '遂宁市科学技术局2020年度法治政府建设工作报告');
    assert.equal(file.year, 2020);
    const third = file.symbols[2];
    assert.deepEqual(
      { ...third, children: third.children.length },
      {
        name: '三、党政主要负责人履行推进法治政府建设第一责任人职责情况',
        kind: 'heading',
        level: 1,
        marker: '三、',
        title: '党政主要负责人履行推进法治政府建设第一责任人职责情况',
        part: 3,
        line: 18,
        children: 5,
      },
    );
    assert.equal(file.symbols[1].children[0].kind, 'item');
    assert.equal(file.symbols[1].children[0].level, null);
  });

  it('a folder means every report file in it (.lawreport, .txt, .md, .docx), in name order', () => {
    const { code, stdout } = run(['outline', 'seeds', '--json']);
    assert.equal(code, 0);
    const files = JSON.parse(stdout).map((f: { file: string }) => f.file);
    assert.deepEqual(files, [0, 1, 2, 3, 4].map((i) => join('seeds', readdirSync(SEEDS_DIR).sort()[i])));
  });

  it('prints a readable tree by default, with line numbers and parts', () => {
    const { code, stdout } = run(['outline', 'seeds/000_ba84c3ee35943474.txt']);
    assert.equal(code, 0);
    assert.match(stdout, /标题：沙坪坝区科学技术局关于2020年度法治政府建设情况的报告　年度：2020/);
    assert.match(stdout, /\n {3}7 {4}（一）履行第一责任人职责情况 {2}〔规定内容3：第一责任人履职〕\n/);
  });

  it('speaks Chinese even in an English shell; English with LAW_REPORT_LANG=en or --lang en; the shell\'s language with auto', () => {
    const seed = 'seeds/000_ba84c3ee35943474.txt';
    const englishTitle = /Title: 沙坪坝区科学技术局关于2020年度法治政府建设情况的报告 {2}Year: 2020/;
    assert.match(run(['outline', seed], { LANG: 'en_US.UTF-8' }).stdout, /标题：沙坪坝区科学技术局/);
    const { stdout } = run(['outline', seed], { LANG: 'zh_CN.UTF-8', LAW_REPORT_LANG: 'en' });
    assert.match(stdout, englishTitle);
    assert.match(stdout, /Required part 3: duties of the principal leaders/);
    assert.match(run(['outline', '--lang', 'en', seed]).stdout, englishTitle);
    assert.match(run(['outline', seed, '--lang=zh-CN'], { LAW_REPORT_LANG: 'en' }).stdout, /标题：沙坪坝区科学技术局/);
    assert.match(run(['outline', seed], { LANG: 'en_US.UTF-8', LAW_REPORT_LANG: 'auto' }).stdout, englishTitle);
  });

  it('exits 2 with a one-line message for a missing file, and still prints the others', () => {
    const { code, stdout, stderr } = run(['outline', 'no-such-report.txt', 'seeds/003_8c3b9c5e3110019a.txt', '--json']);
    assert.equal(code, 2);
    assert.equal(stderr, 'no-such-report.txt：文件不存在\n');
    assert.equal(JSON.parse(stdout).length, 1);
  });

  it('exits 2 for a binary file and reads GBK and UTF-16 files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-cli-'));
    const draft = 'XX局2024年度法治政府建设情况报告\n一、主要举措和成效\n二、存在问题\n';
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode(draft, 'gbk'));
    writeFileSync(join(dir, 'utf16.txt'), iconv.encode(draft, 'utf-16le', { addBOM: true }));
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    const good = run(['outline', join(dir, 'gbk.txt'), join(dir, 'utf16.txt'), '--json']);
    assert.equal(good.code, 0);
    for (const file of JSON.parse(good.stdout)) assert.equal(file.title, 'XX局2024年度法治政府建设情况报告');
    const bad = run(['outline', join(dir, 'binary.txt')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /不是文本文件/);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
  });

  it('an empty file is fine: no title, no headings, exit 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const { code, stdout } = run(['outline', join(dir, 'empty.txt')]);
    assert.equal(code, 0);
    assert.match(stdout, /未识别到章节标题/);
  });

  it('reads a Word (.docx) report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-cli-'));
    const lines = ['丁市司法局2023年度法治政府建设情况报告', '一、主要举措和成效', '（一）推进行政执法三项制度。', '二、存在的不足和原因'];
    writeFileSync(join(dir, 'word.docx'), await makeDocx(lines));
    const { code, stdout, stderr } = run(['outline', join(dir, 'word.docx'), '--json']);
    assert.equal(stderr, '');
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout);
    assert.equal(file.title, lines[0]);
    assert.equal(file.year, 2023);
    assert.deepEqual(
      file.symbols.map((s: { name: string; line: number; part: number | null }) => [s.name, s.line, s.part]),
      [
        [lines[1], 2, 1],
        [lines[3], 4, 2],
      ],
    );
  });

  it('exits 2 on an unknown command or option', () => {
    assert.equal(run(['frobnicate']).code, 2);
    assert.equal(run(['outline', '--nope', 'seeds']).code, 2);
  });
});

describe('law-report check', () => {
  it('--json gives {file, title, year, parts, diagnostics} with 1-based positions', () => {
    const { code, stdout } = run(['check', 'seeds/003_8c3b9c5e3110019a.txt', '--json']);
    assert.equal(code, 0);
    const [file] = JSON.parse(stdout);
    assert.deepEqual(Object.keys(file).sort(), ['diagnostics', 'file', 'parts', 'title', 'year']);
    assert.deepEqual(file.parts, { 1: true, 2: true, 3: false, 4: true, 5: false });
    const missing = file.diagnostics.find((d: { code: string }) => d.code === 'missing-part');
    const title = readSeed('003_8c3b9c5e3110019a.txt').split('\n')[0];
    assert.deepEqual(
      { ...missing, message: undefined },
      { code: 'missing-part', severity: 'warning', line: 1, column: 1, endLine: 1, endColumn: 13, message: undefined, excerpt: title },
    );
    const bookmark = file.diagnostics.find((d: { code: string; line: number }) => d.code === 'artifact' && d.line === 13);
    assert.deepEqual([bookmark.column, bookmark.endColumn], [1, 20]);
    // The excerpt is the finding's line, to search for in Word.
    assert.equal(bookmark.excerpt, readSeed('003_8c3b9c5e3110019a.txt').split(/\r?\n/)[12]);
  });

  it('lists a file\'s findings in reading order, by line and column, whatever rule made them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    const lines = [
      '东川市司法局2024年度法治政府建设情况报告',
      '一、2024年度推进法治政府建设的主要举措和成效  ',
      '(一)加强领导,压实责任。',
      '二、2024年度推进法治政府建设存在的不足和原因',
      '一是培训方式单一,覆盖面不广。',
      '三、2025年度推进法治政府建设的主要安排',
      '',
    ];
    writeFileSync(join(dir, 'draft.txt'), lines.join('\n'));
    const { stdout } = run(['check', join(dir, 'draft.txt')]);
    const findings = stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l)).map((l) => l.trim().split(/\s+/));
    const positions = findings.map(([at]) => at);
    // missing-part at the title, trailing spaces on line 2, the (一) marker and a comma on line 3, a comma on line 5.
    assert.deepEqual(positions, ['1:1', '2:25', '3:1', '3:8', '5:9']);
    assert.deepEqual(findings.map((f) => f[2]), ['missing-part', 'artifact', 'heading-marker', 'punctuation', 'punctuation']);
  });

  it('--summary prints the reviewer table: parts present, part 5 as – when absent, counts by severity, and a legend', () => {
    const { code, stdout } = run(['check', 'seeds', '--summary']);
    assert.equal(code, 0);
    const rows = stdout.trim().split('\n');
    assert.equal(rows.length, 8);
    assert.match(rows[0], /^文件\s+标题\s+年度\s+1 2 3 4 5\s+错误\s+警告\s+信息\s+提示\s+重复$/);
    // Part 3 missing is a ✗; part 5, which no seed has, is not required.
    assert.match(rows[4], /^seeds\/003_8c3b9c5e3110019a\.txt\s+重庆市大渡口区科学技术局2023年法治政府建设情况报告\s+2023\s+✓ ✓ ✗ ✓ –\s+0\s+3\s+1\s+0\s+0%$/);
    assert.equal(rows[6], '');
    assert.match(rows[7], /✓ 有\s+✗ 缺\s+– 不要求；重复 = 本报告在另一份报告中能找到的最大比例$/);
    assert.match(run(['check', 'seeds', '--summary'], { LAW_REPORT_LANG: 'en' }).stdout, /✓ present\s+✗ missing\s+– not required; Repeated = the largest share/);
  });

  it('--summary shows part 5 as ✓ when the report has it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    writeFileSync(join(dir, 'five.txt'), readSeed('001_c2acbeb1ffed216f.txt').trimEnd() + '\n五、其他需要报告的情况\n无。\n');
    const [, row] = run(['check', dir, '--summary']).stdout.split('\n');
    assert.match(row, /\s✓ ✓ ✓ ✓ ✓\s/);
  });

  it('--csv writes the summary as CSV with a UTF-8 BOM: 有 / 缺 / – per part, 重复 as a percentage, quoted where needed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    copyFileSync(join(SEEDS_DIR, '003_8c3b9c5e3110019a.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b,"c".txt'), seed001CarriedForward());
    const { code, stdout } = run(['check', dir, '--csv']);
    assert.equal(code, 0);
    assert.ok(stdout.startsWith('\uFEFF'));
    const rows = stdout.slice(1).split('\r\n');
    assert.deepEqual(rows.slice(0, 1), ['文件,标题,年度,规定内容1,规定内容2,规定内容3,规定内容4,规定内容5,错误,警告,信息,提示,重复']);
    // a.txt is seed 003 itself: all of it is found in the bundled copy.
    assert.equal(rows[1], `${join(dir, 'a.txt')},重庆市大渡口区科学技术局2023年法治政府建设情况报告,2023,有,有,缺,有,–,0,3,1,0,100%`);
    // A comma or quote in a file name is quoted; the carried-forward draft is 98% seed 001.
    assert.match(rows[2], new RegExp(`^"${join(dir, 'b,""c"".txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}",.*,有,有,有,有,–,\\d+,\\d+,\\d+,\\d+,98%$`));
    assert.equal(rows[3], '');
    assert.equal(rows.length, 4);
    // --format csv is the long form; the bytes are UTF-8 after the BOM, as Excel and WPS表格 expect.
    assert.equal(run(['check', dir, '--format', 'csv']).stdout, stdout);
    const bad = run(['check', dir, '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format 只能是 text \| json \| summary \| csv，而不是“xml”/);
  });

  it('--csv shows a title that opens like a spreadsheet formula as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    writeFileSync(join(dir, 'a.txt'), '-某县司法局2024年度法治政府建设情况报告\n一、2024年度主要举措和成效\n正文。\n');
    const [, row] = run(['check', dir, '--csv']).stdout.split('\r\n');
    assert.equal(row.split(',')[1], "'-某县司法局2024年度法治政府建设情况报告");
  });

  it('--summary gives each report its largest share found in one other report, checked or in the corpus', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    writeFileSync(join(dir, 'carried.txt'), seed001CarriedForward());
    writeFileSync(join(dir, 'new.txt'), unrelatedReport(5, '东川市司法局'));
    const againstSeeds = run(['check', dir, '--summary']).stdout.trim().split('\n');
    assert.match(againstSeeds[1], /carried\.txt .* 98%$/);
    assert.match(againstSeeds[2], /new\.txt .* 0%$/);
    // Without the seeds, the carried-forward draft shares nothing with the other report checked.
    const alone = run(['check', dir, '--summary', '--no-seeds']).stdout.trim().split('\n');
    assert.match(alone[1], /carried\.txt .* 0%$/);
  });

  it('exits 1 when a finding is an error (set so in .law-report.json, found upward from the file)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, '.law-report.json'), JSON.stringify({ rules: { 'heading-marker': 'error', artifact: 'off' } }));
    copyFileSync(join(SEEDS_DIR, '002_7c7a822b79e1e6d1.txt'), join(dir, 'sub', 'draft.txt'));
    const { code, stdout } = run(['check', join(dir, 'sub', 'draft.txt'), '--json']);
    assert.equal(code, 1);
    const [file] = JSON.parse(stdout);
    assert.ok(file.diagnostics.some((d: { code: string; severity: string }) => d.code === 'heading-marker' && d.severity === 'error'));
    assert.ok(!file.diagnostics.some((d: { code: string }) => d.code === 'artifact'));
    // --config names another file, which wins.
    writeFileSync(join(dir, 'quiet.json'), JSON.stringify({ rules: { 'heading-marker': 'off' } }));
    assert.equal(run(['check', join(dir, 'sub', 'draft.txt'), '--config', join(dir, 'quiet.json')]).code, 0);
  });

  it('a folder run checks its .lawreport and .txt reports and names each other file it passes over, and why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    copyFileSync(join(SEEDS_DIR, '000_ba84c3ee35943474.txt'), join(dir, 'a.lawreport'));
    copyFileSync(join(SEEDS_DIR, '003_8c3b9c5e3110019a.txt'), join(dir, 'b.txt'));
    writeFileSync(join(dir, 'c.xlsx'), 'PK');
    // A PDF cut short: one line, exit 2 at the end, the other files still checked.
    writeFileSync(join(dir, 'd.pdf'), '%PDF-1.4\n');
    const { code, stdout, stderr } = run(['check', dir, '--json']);
    assert.equal(code, 2);
    const results = JSON.parse(stdout);
    assert.deepEqual(
      results.map((r: { file: string; year: number }) => [r.file, r.year]),
      [
        [join(dir, 'a.lawreport'), 2020],
        [join(dir, 'b.txt'), 2023],
      ],
    );
    assert.equal(
      stderr,
      `${join(dir, 'c.xlsx')}：不是可读的报告格式（可读：.lawreport .txt .md .docx .doc .wps .rtf .pdf），已跳过\n` +
        `${join(dir, 'd.pdf')}：PDF 文件不完整（没有文件结尾，可能下载或复制未完成）\n`,
    );
    const english = run(['check', dir, '--summary'], { LAW_REPORT_LANG: 'en' });
    assert.match(english.stderr, /c\.xlsx: not a report format this tool reads \(.lawreport .txt .md .docx .doc .wps .rtf .pdf\), skipped\n/);
  });

  it('--fix checks a Word report but leaves it unchanged, saying only plain text is fixed in place', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    const bytes = await makeDocx(['甲县2024年度法治政府建设情况报告', '一、主要举措和成效', '推进依法行政,规范执法。']);
    writeFileSync(join(dir, 'word.docx'), bytes);
    const { code, stdout, stderr } = run(['check', join(dir, 'word.docx'), '--fix', '--json']);
    assert.equal(code, 0);
    assert.ok(JSON.parse(stdout)[0].diagnostics.some((d: { code: string }) => d.code === 'punctuation'));
    assert.equal(stderr, `${join(dir, 'word.docx')}：只有纯文本文件能就地修复，此文件只检查、未修改\n`);
    assert.ok(readFileSync(join(dir, 'word.docx')).equals(bytes));
  });

  it('prints the usage and exits 2 on an unknown flag', () => {
    const { code, stdout, stderr } = run(['check', '--bogus', 'seeds']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /--bogus/);
    assert.match(stderr, /\n用法：\n {2}law-report outline/);
  });

  it('exits 2 for a broken config file or an unreadable report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-check-'));
    writeFileSync(join(dir, 'bad.json'), '{ rules: ');
    const bad = run(['check', 'seeds', '--config', join(dir, 'bad.json')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /bad\.json：配置文件无法读取/);
    assert.equal(run(['check', 'missing.txt']).code, 2);
  });

  it('--fix fixes every finding even where a rule lists only its first 1,000 at a time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-fix-'));
    const path = join(dir, 'commas.txt');
    writeFileSync(path, 'XX局2024年度法治政府建设情况报告\n' + '推进依法行政,'.repeat(5000) + '\n');
    const { code } = run(['check', path, '--fix']);
    assert.equal(code, 0);
    const fixed = readFileSync(path, 'utf8');
    assert.ok(!fixed.includes(','));
    assert.equal(fixed.split('，').length - 1, 5000);
  });

  it('--fix applies the safe fixes in place, keeping the file GBK, and leaves the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-fix-'));
    const original = readFileSync(join(SEEDS_DIR, '002_7c7a822b79e1e6d1.txt'), 'utf8');
    const path = join(dir, 'draft.txt');
    writeFileSync(path, iconv.encode(original, 'gbk'));
    const { code, stdout } = run(['check', path, '--fix', '--json']);
    assert.equal(code, 0);
    const fixed = iconv.decode(readFileSync(path), 'gbk');
    assert.ok(fixed.startsWith('重庆市科学技术局2024年度法治政府建设情况报告'));
    assert.ok(!fixed.includes('扫一扫') && !fixed.includes('(一)'));
    assert.match(fixed, /\n（一）加强党的全面领导，完善法治建设推进机制。/);
    const [file] = JSON.parse(stdout);
    assert.deepEqual(file.diagnostics.map((d: { code: string }) => d.code), []);
    assert.deepEqual(readdirSync(dir), ['draft.txt']);
  });
});

describe('law-report lookup', () => {
  it('--json prints {phrase, documents, occurrences, hits} with 1-based line and column', () => {
    const { code, stdout } = run(['lookup', '法律顾问制度', '--json']);
    assert.equal(code, 0);
    const result = JSON.parse(stdout);
    assert.deepEqual(Object.keys(result), ['phrase', 'documents', 'occurrences', 'hits']);
    assert.deepEqual([result.phrase, result.documents, result.occurrences], ['法律顾问制度', 2, 3]);
    assert.deepEqual(Object.keys(result.hits[0]), ['file', 'line', 'column', 'context']);
    for (const hit of result.hits) {
      const line = readFileSync(join(ROOT, hit.file), 'utf8').split(/\r\n|\n/)[hit.line - 1];
      assert.equal(line.slice(hit.column - 1, hit.column + 5), '法律顾问制度');
      assert.ok(hit.context.includes('法律顾问制度'));
    }
    assert.deepEqual(result.hits.map((h: { file: string; line: number; column: number }) => `${h.file}:${h.line}:${h.column}`), [
      join('seeds', '000_ba84c3ee35943474.txt') + ':9:46',
      join('seeds', '000_ba84c3ee35943474.txt') + ':24:16',
      join('seeds', '001_c2acbeb1ffed216f.txt') + ':10:285',
    ]);
  });

  it('adds --corpus folders (a GBK report here) and can leave the seeds out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'law-report-lookup-'));
    writeFileSync(join(dir, 'gbk.txt'), iconv.encode('某县2023年法治政府建设情况报告\n健全法律顾问制度。\n', 'gbk'));
    const both = JSON.parse(run(['lookup', '法律顾问制度', '--corpus', dir, '--json']).stdout);
    assert.deepEqual([both.documents, both.occurrences], [3, 4]);
    const own = run(['lookup', '法律顾问制度', '--corpus', dir, '--no-seeds']);
    assert.equal(own.code, 0);
    assert.equal(own.stdout, `法律顾问制度：语料中 1 份报告，共 1 处\n${join(dir, 'gbk.txt')}:2:3  健全法律顾问制度。\n`);
  });

  it('exits 1 when nothing is found and 2 for a missing corpus folder or a one-character phrase', () => {
    const none = run(['lookup', '量子纠缠', '--json']);
    assert.equal(none.code, 1);
    assert.deepEqual(JSON.parse(none.stdout), { phrase: '量子纠缠', documents: 0, occurrences: 0, hits: [] });
    const missing = run(['lookup', '法治', '--corpus', 'no/such/folder']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr, 'no/such/folder：语料文件夹不存在\n');
    assert.equal(run(['lookup', '法']).code, 2);
  });
});
