import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEEDS_DIR, seedNames } from './documents';
import { unrelatedReport } from './repeatedDrafts';

// A spring's folder of received reports, as a reviewer gets it: published reports (the seeds, no date
// line), two departments' reports with their date lines (one on time, one late and missing part 2), a
// report with no title, a scanned file that is no text and an empty file.

export interface ReviewFolder {
  dir: string;
  /** Files that are reports (get a row each). */
  reports: string[];
  /** Files that cannot be checked. */
  broken: string[];
  late: string;
  onTime: string;
  untitled: string;
}

/** A department's report with all its parts but `leaveOut`, signed and dated `date`. */
export function datedReport(organ: string, date: string, leaveOut: number[] = []): string {
  const parts: [number, string, string][] = [
    [1, '2024年推进法治政府建设的主要举措和成效', '全面落实重大行政决策程序规定，全年审查规范性文件十二件，办理行政复议案件三十件。'],
    [2, '存在的不足和原因', '执法人员法治素养仍需提升，原因是培训覆盖不够全面。'],
    [3, '党政主要负责人履行推进法治建设第一责任人职责情况', '主要负责人三次主持召开专题会议研究法治政府建设工作。'],
    [4, '2025年推进法治政府建设的主要安排', '持续深化行政执法体制改革，健全行政执法监督机制。'],
  ];
  const numerals = ['一', '二', '三', '四', '五'];
  const body = parts
    .filter(([n]) => !leaveOut.includes(n))
    .map(([, heading, text], i) => `${numerals[i]}、${heading}\n　　${text}`)
    .join('\n');
  return `${organ}2024年度法治政府建设情况报告\n\n市委全面依法治市委员会办公室：\n　　现将我局2024年度法治政府建设情况报告如下。\n${body}\n　　特此报告。\n\n${organ}\n${date}\n`;
}

export function reviewFolder(): ReviewFolder {
  const dir = mkdtempSync(join(tmpdir(), 'law-report-review-'));
  const reports: string[] = [];
  for (const name of seedNames().slice(0, 3)) {
    copyFileSync(join(SEEDS_DIR, name), join(dir, name));
    reports.push(name);
  }
  const onTime = '东川市司法局.txt';
  const late = '西岭市教育局.txt';
  const untitled = '无标题.txt';
  writeFileSync(join(dir, onTime), datedReport('东川市司法局', '2025年2月20日'));
  writeFileSync(join(dir, late), datedReport('西岭市教育局', '2025年3月15日', [2]));
  writeFileSync(join(dir, untitled), unrelatedReport(7, '').split('\n').slice(2).join('\n'));
  reports.push(onTime, late, untitled);
  writeFileSync(join(dir, '扫描件.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00, 0x00]));
  writeFileSync(join(dir, '空白.txt'), '\n  \n');
  return { dir, reports: reports.sort(), broken: ['扫描件.txt', '空白.txt'], late, onTime, untitled };
}
