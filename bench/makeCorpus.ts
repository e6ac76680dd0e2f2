import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateReport, seededRandom, seedLines } from './generateReport';

const CITIES = ['东川', '西岭', '南溪', '北塘', '青山', '白水', '临江', '安平', '永宁', '长乐'];
const OFFICES = ['司法局', '科学技术局', '教育局', '民政局', '财政局', '自然资源局', '生态环境局', '交通运输局', '卫生健康委员会', '市场监督管理局'];
/** Characters per report: about 6 KB of UTF-8, so 10,000 reports make about 60 MB. */
const REPORT_CHARS = 2000;
const PER_FOLDER = 100;

/**
 * Writes `count` reports made of shuffled seed lines into `folder` (100 per sub-folder, as an archive
 * by year or office would be), unless a stamp says that exact corpus is already there.
 */
export function makeCorpus(seedsDir: string, folder: string, count: number): void {
  const stamp = join(folder, '.stamp');
  const version = `v1 ${count} ${REPORT_CHARS}`;
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return;
  rmSync(folder, { recursive: true, force: true });
  const lines = seedLines(seedsDir);
  const random = seededRandom(7);
  for (let i = 0; i < count; i++) {
    const sub = join(folder, String(Math.floor(i / PER_FOLDER)).padStart(3, '0'));
    if (i % PER_FOLDER === 0) mkdirSync(sub, { recursive: true });
    const organisation = `${CITIES[Math.floor(random() * CITIES.length)]}市${OFFICES[Math.floor(random() * OFFICES.length)]}`;
    const year = 2019 + Math.floor(random() * 7);
    const title = `${organisation}${year}年度法治政府建设情况报告`;
    writeFileSync(join(sub, `report-${String(i).padStart(5, '0')}.txt`), generateReport(lines, REPORT_CHARS, i + 1, title));
  }
  writeFileSync(stamp, version);
}
