import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newReportSnippet } from '../../../server/src/service/templates/reportTemplates';
import { toPlainText } from '../../../server/src/service/templates/snippetText';

export const ROOT = join(__dirname, '..', '..', '..');
const CLI = join(ROOT, 'dist', 'cli', 'law-report.js');
export const FIXTURES = join(__dirname, '..', 'fixtures');
/** A phrase two seeds share (000 and 001): its hover has passages from both. */
export const SHARED_PHRASE = '法律顾问制度';

/** The drafts the end-to-end tests open, by the name a clerk would give them. */
export const DRAFTS = {
  complete: '甲县司法局2025年度法治政府建设情况报告.txt',
  missingPart: '乙县司法局2025年度法治政府建设情况报告.txt',
  empty: '新报告.lawreport',
  /** Created empty and named by the writer, then filled by 新建年度报告. */
  named: '丁县司法局2025年度法治政府建设情况报告.txt',
  /** The template as it comes, nothing filled in: exported, it must ask first. */
  untouched: '戊县司法局2025年度法治政府建设情况报告.txt',
};

/** Seed 003 (which lacks part 3) exported to Word, as a department would send it in. */
export const WORD_REPORT = { seed: '003_8c3b9c5e3110019a.txt', file: '大渡口区科学技术局2023年法治政府建设情况报告.docx' };

/** A workspace as a clerk has it: the example reports in a folder, two drafts and two empty files. */
export function makeWorkspace(home: string): string {
  const ws = join(home, 'workspace');
  mkdirSync(join(ws, 'seeds'), { recursive: true });
  for (const name of readdirSync(join(ROOT, 'seeds'))) copyFileSync(join(ROOT, 'seeds', name), join(ws, 'seeds', name));
  writeFileSync(join(ws, DRAFTS.complete), readFileSync(join(FIXTURES, 'complete.txt'), 'utf8').replaceAll('某县', '甲县'));
  writeFileSync(join(ws, DRAFTS.missingPart), readFileSync(join(FIXTURES, 'missing-part.txt'), 'utf8').replaceAll('某县', '乙县'));
  writeFileSync(join(ws, DRAFTS.empty), '');
  writeFileSync(join(ws, DRAFTS.named), '');
  writeFileSync(join(ws, DRAFTS.untouched), toPlainText(newReportSnippet(new Date(2026, 10, 30)), {}));
  // The export may say what the seed still lacks on stderr; the .docx is written all the same.
  spawnSync('node', [CLI, 'export', join(ROOT, 'seeds', WORD_REPORT.seed), '-o', join(ws, WORD_REPORT.file)], { encoding: 'utf8' });
  return ws;
}

/** A phrase only the workspace's own past report has, and the organisation that wrote it. */
export const PAST_REPORT = { phrase: '智慧法务云平台', organisation: '丙县司法局' };

/**
 * A workspace checked out from elsewhere: its own settings name a corpus folder of past reports, the kind
 * of setting an untrusted workspace must not be able to impose.
 */
export function makeWorkspaceWithCorpusSetting(home: string): string {
  const ws = join(home, 'shared-workspace');
  mkdirSync(join(ws, '.vscode'), { recursive: true });
  mkdirSync(join(ws, 'past-reports'), { recursive: true });
  writeFileSync(join(ws, '.vscode', 'settings.json'), JSON.stringify({ 'lawReport.corpus.folders': ['past-reports'] }, null, 2));
  const past = readFileSync(join(FIXTURES, 'complete.txt'), 'utf8')
    .replaceAll('某县', '丙县')
    .replaceAll('2026年度', '2025年度')
    .replaceAll('2025', '2024')
    .replace('全面推行法律顾问制度', `建成${PAST_REPORT.phrase}`);
  writeFileSync(join(ws, 'past-reports', `${PAST_REPORT.organisation}2024年度法治政府建设情况报告.txt`), past);
  writeFileSync(join(ws, DRAFTS.complete), readFileSync(join(FIXTURES, 'complete.txt'), 'utf8').replace('全面推行法律顾问制度', `推广${PAST_REPORT.phrase}`));
  return ws;
}

export interface CliSymbol {
  name: string;
  children: CliSymbol[];
}

/** What the command line (the same build as the .vsix) says about a file: the expectation the UI must show. */
export function cliOutline(file: string): CliSymbol[] {
  return JSON.parse(execFileSync('node', [CLI, 'outline', '--json', file], { encoding: 'utf8' }))[0].symbols;
}

export function cliLookup(phrase: string): { documents: number; occurrences: number; hits: { file: string; line: number; column: number; context: string }[] } {
  return JSON.parse(execFileSync('node', [CLI, 'lookup', phrase, '--json'], { encoding: 'utf8' }));
}

/** What `check --json` finds in a file: every finding's code and severity. */
export function cliFindings(file: string): { code: string; severity: string }[] {
  // check exits 1 when a finding is an error: the output is what counts here.
  const result = spawnSync('node', [CLI, 'check', '--json', file], { encoding: 'utf8' });
  return JSON.parse(result.stdout)[0].diagnostics;
}

/** The manifest's strings: English (package.nls.en.json) and the Chinese default (package.nls.json). */
export function manifestStrings(): Record<string, string>[] {
  return ['package.nls.en.json', 'package.nls.json'].map((name) => JSON.parse(readFileSync(join(ROOT, name), 'utf8')));
}

/** What `law-report review --json` says of a folder: the rows the review webview must show. */
export function cliReview(folder: string): { file: string; notChecked?: string }[] {
  return JSON.parse(execFileSync('node', [CLI, 'review', folder, '--json', '--no-seeds'], { encoding: 'utf8' }));
}
