// artifact: leftovers of copying from Word or a web page.
//   before: [bookmark: _GoBack]一是创新打造法治宣传阵地。     扫一扫在手机打开当前页     （二）进一步打好普法宣传工作基础␠␠␠␠␠␠
//   after:  一是创新打造法治宣传阵地。                        (line removed)                （二）进一步打好普法宣传工作基础
import * as l10n from '@vscode/l10n';
import { contentEnd as contentEndOf, WORD_BOOKMARK } from '../report/lines';
import { isBlankChar } from '../text/chars';
import type { Finding, Rule } from './ruleTypes';

const BOOKMARK = new RegExp(WORD_BOOKMARK.source, 'g');
/** Blank characters in a row that make a run of spaces (fewer are a typing slip, or the trailing blank reported below). */
const MIN_RUN = 4;

/**
 * Each maximal run of at least MIN_RUN blank characters. A run that long covers one of every MIN_RUN-th
 * offset, so only those are looked at; a regular expression tried at every offset cost this rule half
 * its time.
 */
function spaceRuns(text: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  const n = text.length;
  for (let i = MIN_RUN - 1; i < n; i += MIN_RUN) {
    if (!isBlankChar(text.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && isBlankChar(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && isBlankChar(text.charCodeAt(end))) end++;
    if (end - start >= MIN_RUN) runs.push({ start, end });
    // On past the run, which the next offsets looked at would otherwise find again.
    while (i + MIN_RUN < end) i += MIN_RUN;
  }
  return runs;
}

// One pass over the whole text for bookmarks and space runs (neither can cross a line break), then
// one walk over the lines: per-line slices and regular expressions cost a 10 MB draft a third of a second.
export const artifact: Rule = {
  code: 'artifact',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    const source = report.text;
    const chrome = new Set(report.chromeLines);
    const bookmarks = [...source.matchAll(BOOKMARK)];
    const runs = spaceRuns(source);
    let b = 0;
    let r = 0;
    // Above the title, the blank lines after chrome go with it, so the draft starts at its title.
    let onlyChromeAbove = true;
    for (let i = 0; i < report.lines.length; i++) {
      const line = report.lines[i];
      while (b < bookmarks.length && bookmarks[b].index! < line.start) b++;
      while (r < runs.length && runs[r].start < line.start) r++;
      if (chrome.has(i)) {
        let last = i;
        if (onlyChromeAbove) {
          while (last + 1 < report.lines.length && report.lines[last + 1].contentStart >= report.lines[last + 1].end) last++;
        }
        const next = last + 1 < report.lines.length ? report.lines[last + 1].start : report.lines[last].end;
        findings.push({
          start: line.start,
          end: line.end,
          message: l10n.t('网页残留内容（导航、来源、发布时间、“扫一扫”等），不属于报告正文，应删除。'),
          fix: { title: l10n.t('删除网页残留行'), edits: [{ start: line.start, end: next, newText: '' }], safe: true },
        });
        continue;
      }
      if (line.contentStart < line.end) onlyChromeAbove = false;
      for (; b < bookmarks.length && bookmarks[b].index! < line.end; b++) {
        const start = bookmarks[b].index!;
        const written = bookmarks[b][0];
        findings.push({
          start,
          end: start + written.length,
          message: l10n.t('Word 转换残留的书签标记“{0}”，应删除。', written),
          fix: { title: l10n.t('删除书签标记'), edits: [{ start, end: start + written.length, newText: '' }], safe: true },
        });
      }
      const contentEnd = contentEndOf(line);
      // A run that reaches the end of the content is the trailing whitespace, reported below.
      for (; r < runs.length && runs[r].start < line.end; r++) {
        const { start, end } = runs[r];
        if (start <= line.contentStart || start >= contentEnd) continue; // indentation is not an artifact
        findings.push({
          start,
          end,
          message: l10n.t('正文中有一串连续空格，多为复制粘贴留下的痕迹，应删除。'),
          fix: { title: l10n.t('删除连续空格'), edits: [{ start, end, newText: '' }], safe: true },
        });
      }
      if (contentEnd < line.end && contentEnd > line.contentStart) {
        const long = line.end - contentEnd >= 4;
        findings.push({
          start: contentEnd,
          end: line.end,
          message: long ? l10n.t('正文中有一串连续空格，多为复制粘贴留下的痕迹，应删除。') : l10n.t('行尾有多余的空白，应删除。'),
          severity: long ? undefined : 'hint',
          fix: { title: l10n.t('删除行尾空白'), edits: [{ start: contentEnd, end: line.end, newText: '' }], safe: true },
        });
      }
    }
    return findings;
  },
};
