// artifact: leftovers of copying from Word or a web page.
//   before: [bookmark: _GoBack]一是创新打造法治宣传阵地。     扫一扫在手机打开当前页     （二）进一步打好普法宣传工作基础␠␠␠␠␠␠
//   after:  一是创新打造法治宣传阵地。                        (line removed)                （二）进一步打好普法宣传工作基础
import * as l10n from '@vscode/l10n';
import type { Finding, Rule } from './ruleTypes';

const BOOKMARK = /\[bookmark:[^\]\r\n]{0,200}\]/g;
const TRAILING_SPACE = /[ \t\u3000]+$/;
const SPACE_RUN = /[ \u3000]{4,}/g;

export const artifact: Rule = {
  code: 'artifact',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    const chrome = new Set(report.chromeLines);
    for (let i = 0; i < report.lines.length; i++) {
      const line = report.lines[i];
      if (chrome.has(i)) {
        // Above the title, the blank lines after chrome go with it, so the draft starts at its title.
        let last = i;
        if (report.lines.slice(0, i).every((l, j) => chrome.has(j) || l.contentStart >= l.end)) {
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
      const text = line.text;
      for (const m of text.matchAll(BOOKMARK)) {
        const start = line.start + m.index!;
        findings.push({
          start,
          end: start + m[0].length,
          message: l10n.t('Word 转换残留的书签标记“{0}”，应删除。', m[0]),
          fix: { title: l10n.t('删除书签标记'), edits: [{ start, end: start + m[0].length, newText: '' }], safe: true },
        });
      }
      const trailing = TRAILING_SPACE.exec(text.length > 4096 ? text.slice(-4096) : text);
      const contentEnd = trailing ? line.end - trailing[0].length : line.end;
      for (const m of text.slice(0, contentEnd - line.start).matchAll(SPACE_RUN)) {
        const start = line.start + m.index!;
        if (start <= line.contentStart) continue; // indentation is not an artifact
        findings.push({
          start,
          end: start + m[0].length,
          message: l10n.t('正文中有一串连续空格，多为复制粘贴留下的痕迹，应删除。'),
          fix: { title: l10n.t('删除连续空格'), edits: [{ start, end: start + m[0].length, newText: '' }], safe: true },
        });
      }
      if (trailing && contentEnd > line.contentStart) {
        const long = trailing[0].length >= 4;
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
