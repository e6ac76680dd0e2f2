// missing-part: a required part (1–4 of 厅字〔2019〕28号) is missing.
//   before: 一、主要举措和成效 … 二、存在问题 … 三、2024年工作思路      (no 第一责任人 part)
//   after:  … 三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况 … 四、2024年工作思路
// Part 3 folded into part 1 as a sub-heading counts; a sentence that mentions 第一责任人 does not.
// Part 5 (其他) is often left out by design and is not reported.
import * as l10n from '@vscode/l10n';
import { standardMarker } from '../report/markers';
import type { PartNumber, Report, Section } from '../report/model';
import { PART_NUMBERS, REQUIRED_PARTS } from '../report/parts';
import { partHeading } from '../templates/partHeading';
import type { OffsetEdit } from '../text/offsetEdits';
import type { Finding, Rule } from './ruleTypes';
import { partsPresent, reportAnchor } from './ruleSupport';

export const missingPart: Rule = {
  code: 'missing-part',
  defaultSeverity: 'warning',
  check(report) {
    const present = partsPresent(report);
    const anchor = reportAnchor(report);
    const findings: Finding[] = [];
    for (const part of PART_NUMBERS) {
      const { placement, wording } = REQUIRED_PARTS[part];
      if (present.has(part) || !placement) continue;
      findings.push({
        ...anchor,
        message: l10n.t(
          '缺少规定内容：“{0}”。《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求年度报告包含这一部分，通常{1}。',
          wording(),
          placement(),
        ),
        fix: {
          title: l10n.t('插入“{0}”部分', wording()),
          edits: insertPart(report, part),
          safe: false,
        },
      });
    }
    return findings;
  },
};

/** Inserts the part's heading (from the snippet templates) among the top-level headings, in order. */
function insertPart(report: Report, part: PartNumber): OffsetEdit[] {
  const roots = report.sections.filter((s) => s.kind === 'heading' && s.level === 1);
  const before = roots.findIndex((s) => s.part !== null && s.part > part);
  const index = before < 0 ? roots.length : before;
  const text = partHeading(part, index + 1, report.year);
  const eol = report.text.includes('\r\n') ? '\r\n' : '\n';
  const block = text.split('\n').join(eol);
  const edits: OffsetEdit[] = [];
  if (before >= 0) {
    const at = roots[before].start;
    edits.push({ start: at, end: at, newText: block + eol });
  } else {
    const at = insertionPointAtEnd(report, roots);
    edits.push({ start: at, end: at, newText: eol + block });
  }
  // Later top-level headings move down one number.
  roots.slice(index).forEach((s: Section, i) => {
    edits.push({ start: s.markerStart, end: s.markerEnd, newText: standardMarker(1, index + i + 2) });
  });
  return edits;
}

function insertionPointAtEnd(report: Report, roots: Section[]): number {
  const last = report.sections[report.sections.length - 1] ?? roots[roots.length - 1];
  if (last) return last.end;
  const block = report.opening ?? report.addressee;
  if (block) return report.lines[block.lastLine].end;
  return report.title ? report.lines[report.title.lines[report.title.lines.length - 1]].end : 0;
}
