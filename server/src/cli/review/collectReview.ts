import * as l10n from '@vscode/l10n';
import { resolve } from 'node:path';
import { createReportService, similarPairs, type FingerprintSource } from '../../service';
import { symbolName } from '../../service/features/documentSymbols';
import type { Section } from '../../service/report/model';
import { namedReportFiles } from '../../node/files/listReportFiles';
import { readReportFile } from '../../node/files/readReportFile';
import { reportFileKindOf } from '../../node/files/reportFileKinds';
import { checkFile } from '../check';
import { reportDocument } from '../command';
import { findConfig, readConfig } from '../config';
import { corpusSources, fileUri, REPEATED_MIN_LENGTH } from '../similar';
import { judgeDeadline } from './deadline';
import type { NotCheckedFile, PartKey, RepeatedSourceSummary, ReviewData, ReviewedReport, ReviewFinding } from './reviewModel';

// Reads every report the reviewer named (files, or the report files below folders), checks each once
// and measures what it repeats from the others and from the corpus. Files that cannot be checked are
// kept as rows with the reason, and each gets one line through `log`.

export interface CollectOptions {
  /** Corpus folders to compare with besides the reports themselves (the seeds, --corpus). */
  corpusFolders: string[];
  log: (line: string) => void;
  /** Files to pass over in silence: the page itself, written into the folder it reviews. */
  exclude?: string[];
}

/** Excerpts on the page are cut to this many characters. */
export const EXCERPT_CHARS = 60;
const SOURCES_PER_REPORT = 3;
const SEVERITY_RANK: Record<ReviewFinding['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };
const PASSAGES_PER_SOURCE = 3;

export async function collectReview(inputs: string[], options: CollectOptions): Promise<ReviewData> {
  const notChecked: NotCheckedFile[] = [];
  const skip = (file: string, line: string) => {
    options.log(line);
    notChecked.push({ file, format: reportFileKindOf(file)?.name ?? null, reason: withoutName(line, file) });
  };

  const { files, otherFiles, problems } = await namedReportFiles(inputs);
  const excluded = new Set((options.exclude ?? []).map((f) => resolve(f)));
  for (const other of otherFiles.filter((f) => !excluded.has(resolve(f)))) skip(other, l10n.t('{0}：不是可读的报告格式，未检查', other));
  for (const problem of problems) skip(problem.folder, problem.line);

  const service = createReportService();
  const reports: ReviewedReport[] = [];
  const sources: FingerprintSource[] = [];
  for (const file of files) {
    const read = await readReportFile(file);
    if ('problem' in read) {
      skip(file, read.problem);
      continue;
    }
    if (read.text.trim() === '') {
      skip(file, l10n.t('{0}：空文件，未检查', file));
      continue;
    }
    const document = reportDocument(file, read.text);
    const settings = readConfig(findConfig(file, undefined), options.log);
    const checked = checkFile(service, { file, read, document }, settings, false);
    const model = service.report(document);
    sources.push({ text: read.text, organisation: model.title?.organisation ?? null });
    const verdict = judgeDeadline(model.dateLine?.text ?? null, model.year);
    reports.push({
      file,
      uri: fileUri(file),
      format: reportFileKindOf(file)?.name ?? 'text',
      title: checked.title,
      org: model.title?.organisation ?? null,
      year: model.year,
      date: verdict.date,
      dateText: model.dateLine?.text.trim() ?? null,
      deadline: verdict.deadline,
      late: verdict.late,
      parts: Object.fromEntries(Object.entries(checked.parts).map(([k, v]) => [k, v])) as Record<PartKey, boolean>,
      counts: {
        error: checked.diagnostics.filter((d) => d.severity === 'error').length,
        warning: checked.diagnostics.filter((d) => d.severity === 'warning').length,
        information: checked.diagnostics.filter((d) => d.severity === 'information').length,
        hint: checked.diagnostics.filter((d) => d.severity === 'hint').length,
      },
      repeatedShare: null,
      outline: outlineOf(model.sections),
      // Errors first, then by line: when a long list is cut, what must be fixed is what stays.
      findings: mergeOnLine(
        checked.diagnostics
          .map((d): ReviewFinding => ({ line: d.line, code: d.code, severity: d.severity, message: d.message, text: excerpt(model.lines[d.line - 1]?.text ?? ''), count: 1 }))
          .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.line - b.line),
      ),
      repeated: [],
    });
  }

  const own = new Set(reports.map((r) => r.uri));
  const corpus = await corpusSources(options.corpusFolders, own);
  measureRepeated(reports, [...sources, ...corpus.reports], [...reports.map((r) => r.file), ...corpus.names]);
  return { inputs, reports, notChecked, repeatedMeasured: true };
}

/** Each report's largest share found in one other report, and its top sources with their passages. */
function measureRepeated(reports: ReviewedReport[], sources: FingerprintSource[], names: string[]): void {
  for (const r of reports) r.repeatedShare = 0;
  for (const pair of similarPairs(sources, reports.length, { minLength: REPEATED_MIN_LENGTH })) {
    const add = (target: number, other: number, share: number, side: 'a' | 'b') => {
      const summary: RepeatedSourceSummary = {
        source: names[other],
        share,
        passages: pair.passages.slice(0, PASSAGES_PER_SOURCE).map((p) => ({
          line: (side === 'a' ? p.aLine : p.bLine) + 1,
          sourceLine: (side === 'a' ? p.bLine : p.aLine) + 1,
          length: p.length,
          text: excerpt(p.text),
        })),
      };
      const report = reports[target];
      report.repeatedShare = Math.max(report.repeatedShare ?? 0, share);
      report.repeated.push(summary);
    };
    add(pair.a, pair.b, pair.shareA, 'a');
    if (pair.b < reports.length) add(pair.b, pair.a, pair.shareB, 'b');
  }
  for (const r of reports) r.repeated = r.repeated.sort((x, y) => y.share - x.share).slice(0, SOURCES_PER_REPORT);
}

/** One row for the same finding repeated on a line (sorted input: the repeats are neighbours or near). */
function mergeOnLine(findings: ReviewFinding[]): ReviewFinding[] {
  const kept = new Map<string, ReviewFinding>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.line}\u0000${f.code}\u0000${f.message}`;
    const same = kept.get(key);
    if (same) same.count++;
    else kept.set(key, f);
  }
  return [...kept.values()];
}

function outlineOf(sections: Section[], depth = 0, out: ReviewedReport['outline'] = []): ReviewedReport['outline'] {
  for (const s of sections) {
    // Items (一是 …) are the body's own lists: the page's outline keeps to the headings.
    if (s.kind !== 'heading') continue;
    out.push({ line: s.line + 1, depth, text: symbolName(s), part: s.part });
    if (depth < 1) outlineOf(s.children, depth + 1, out);
  }
  return out;
}

export function excerpt(text: string): string {
  const chars = [...text.trim()];
  return chars.length > EXCERPT_CHARS ? `${chars.slice(0, EXCERPT_CHARS).join('')}…` : chars.join('');
}

/** Problem lines start with the file's name ("a.txt：不是文本文件"); a row shows only the reason. */
function withoutName(line: string, file: string): string {
  return line.startsWith(`${file}：`) ? line.slice(file.length + 1) : line;
}
