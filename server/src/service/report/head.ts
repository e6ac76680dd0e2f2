import { isHeadChrome } from './chrome';
import { firstYear } from './dates';
import { contentEnd, contentOf, isBlank } from './lines';
import type { Line, TextBlock, TitleBlock } from './model';

// The head of a draft: web chrome, then the title (one to three short lines, sometimes with the
// organisation on a line of its own or a blank line between), then the 主送机关 line, then the
// opening paragraph(s) up to the first heading.

export interface Head {
  chromeLines: number[];
  title: TitleBlock | null;
  addressee: TextBlock | null;
  opening: TextBlock | null;
  /** First line after everything the head claimed. */
  end: number;
}

const MAX_TITLE_LINES = 3;
const NAMES_LAW = /法治|法制|依法/;
const MAX_TITLE_LINE_LENGTH = 40;

export function analyseHead(lines: Line[], limit: number): Head {
  const chromeLines: number[] = [];
  let i = skipBlankAndChrome(lines, 0, limit, chromeLines);
  while (i < limit && isPageTitle(lines, i, limit)) {
    chromeLines.push(i);
    i = skipBlankAndChrome(lines, i + 1, limit, chromeLines);
  }

  let title = readTitle(lines, i, limit);
  if (title) i = skipBlankAndChrome(lines, title.lines[title.lines.length - 1] + 1, limit, chromeLines);
  // The site's column name (工作报告) above the report's own title: the title is the one that names the matter.
  const own = title && !NAMES_LAW.test(title.text) ? readTitle(lines, i, limit) : null;
  if (title && own && NAMES_LAW.test(own.text)) {
    chromeLines.push(...title.lines);
    title = own;
    i = skipBlankAndChrome(lines, own.lines[own.lines.length - 1] + 1, limit, chromeLines);
  }

  let addressee: TextBlock | null = null;
  if (i < limit && isAddressee(contentOf(lines[i]))) {
    addressee = block(lines, i, i);
    i = skipBlankAndChrome(lines, i + 1, limit, chromeLines);
  }

  let opening: TextBlock | null = null;
  if (i < limit) {
    // Without headings there is no end to the opening but the first paragraph's own.
    const last = limit === lines.length ? i : lastContentLine(lines, i, limit, chromeLines);
    opening = block(lines, i, last);
    i = last + 1;
  }
  return { chromeLines, title, addressee, opening, end: i };
}

function skipBlankAndChrome(lines: Line[], from: number, limit: number, chrome: number[]): number {
  let i = from;
  while (i < limit) {
    if (isBlank(lines[i])) {
      i++;
    } else if (isHeadChrome(contentOf(lines[i]))) {
      chrome.push(i);
      i++;
    } else {
      break;
    }
  }
  return i;
}

function lastContentLine(lines: Line[], from: number, limit: number, chrome: number[]): number {
  let last = from;
  for (let i = from; i < limit; i++) {
    if (isBlank(lines[i])) continue;
    if (isHeadChrome(contentOf(lines[i]))) {
      chrome.push(i);
      continue;
    }
    last = i;
  }
  return last;
}

// The browser's title of the page, copied along above the report's own title: the title with the
// site's name after it (……情况的报告-某某网), or the document number before it (某卫〔2024〕3号《……报告》).
const PAGE_TITLE = [/^(.{6,}?(?:报告|总结))\s*[-_｜|—]+\s*[\u4e00-\u9fa5A-Za-z]{2,20}$/, /^[\u4e00-\u9fa5]{1,12}[〔［[][0-9]{4}[〕］\]][0-9]+号《(.{6,})》$/];

/** A page title is chrome only where the report's own title, starting the same way, follows it. */
function isPageTitle(lines: Line[], at: number, limit: number): boolean {
  const content = contentOf(lines[at]);
  const inner = PAGE_TITLE.map((re) => re.exec(content)?.[1]).find((t) => t !== undefined);
  if (!inner) return false;
  for (let i = at + 1; i < limit; i++) {
    if (isBlank(lines[i]) || isHeadChrome(contentOf(lines[i]))) continue;
    return contentOf(lines[i]).startsWith(inner.slice(0, 6));
  }
  return false;
}

// 某卫〔2024〕3号 on a line of its own: the document number, which ends the title above it.
const DOCUMENT_NUMBER_LINE = /^[\u4e00-\u9fa5]{1,12}[〔［[（(【][0-9]{4}[〕］\]）)】]\s*第?[0-9]+\s*号$/;

function isTitleFragment(content: string): boolean {
  return (
    content.length > 0 &&
    content.length <= MAX_TITLE_LINE_LENGTH &&
    !/[。，,；;！!？?：:]/.test(content) &&
    /[\u4e00-\u9fff]/.test(content)
  );
}

function readTitle(lines: Line[], from: number, limit: number): TitleBlock | null {
  const picked: number[] = [];
  for (let i = from; i < limit && picked.length < MAX_TITLE_LINES; i++) {
    if (isBlank(lines[i])) continue;
    const content = contentOf(lines[i]);
    if (!isTitleFragment(content) || isHeadChrome(content) || DOCUMENT_NUMBER_LINE.test(content)) break;
    picked.push(i);
  }
  if (picked.length === 0) return null;
  const parts = picked.map((i) => contentOf(lines[i]));
  const text = parts.join('');
  if (!/法治|法制|依法|报告|总结|汇报/.test(text)) return null;

  const first = lines[picked[0]];
  const last = lines[picked[picked.length - 1]];
  return {
    text,
    lines: picked,
    span: { start: first.contentStart, end: contentEnd(last) },
    organisation: organisationOf(parts, text),
    year: firstYear(text),
    docType: /(报告|总结|汇报|请示|通报|说明|方案|计划|情况)$/.exec(text)?.[1] ?? null,
  };
}

function organisationOf(parts: string[], text: string): string | null {
  // 遂宁市科学技术局 / 2020年度法治政府建设工作报告: the organisation has a line of its own, or two
  // (重庆市南川区 / 司法局 / 2024年度……报告): every line before the one that says what the report is.
  const named = parts.findIndex((part) => /报告|总结|汇报|法治|法制|年/.test(part));
  if (named > 0) return parts.slice(0, named).join('');
  const m = /^(.{2,30}?)(?:关于|[0-9]{4}\s*年|[〇○零一二三四五六七八九]{4}年)/.exec(text);
  return m ? m[1] : null;
}

function isAddressee(content: string): boolean {
  // 现将……报告如下： is the opening's last clause standing alone, not an organ's name.
  return content.length >= 2 && content.length <= 40 && /[：:]$/.test(content) && !/[。，,；;]/.test(content) && !/如下[：:]$|^现将/.test(content);
}

export function block(lines: Line[], first: number, last: number): TextBlock {
  let text = '';
  for (let i = first; i <= last; i++) text += contentOf(lines[i]);
  return { line: first, lastLine: last, span: { start: lines[first].contentStart, end: contentEnd(lines[last]) }, text };
}
