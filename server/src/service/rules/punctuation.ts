// punctuation: marks that GB/T 15834-2011 and GB/T 15835-2011 write otherwise in Chinese text.
//   before: 2024年,市科技局坚持…(试行)；  法治思想。。  《条例》、《办法》  2021-2025年  “四个全面
//   after:  2024年，市科技局坚持…（试行）；  法治思想。   《条例》《办法》    2021—2025年  “四个全面”
// Half-width marks count only next to Chinese characters: 3.5亿元, 15:34, URLs and Latin words keep
// theirs. No rule here asks for spaces between Chinese and digits or Latin letters (公文 have none).
// One pass over the text: it runs on every keystroke's version of the draft.
import * as l10n from '@vscode/l10n';
import { documentNumberSpans } from './documentNumber';
import { Messages } from './ruleSupport';
import { type Finding, MAX_FINDINGS_PER_RULE, type Rule } from './ruleTypes';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const DOUBLED = '，。；：、！';
const OPENERS: Record<string, string> = { '《': '》', '“': '”', '（': '）', '〈': '〉', '‘': '’' };
const CLOSERS: Record<string, string> = { '》': '《', '”': '“', '）': '（', '〉': '〈', '’': '‘' };
const QUOTES = '“‘';
/** Marks of one kind in two sizes (“” and ‘’, 《》 and 〈〉): each opener's other-size opener. */
const SAME_FAMILY: Record<string, string> = { '“': '‘', '‘': '“', '《': '〈', '〈': '《' };

// What each character may be, looked up by code: nearly every character of a draft is none of these,
// and a table lookup lets the loop pass it by at once.
const HALF = 1;
const DOUBLE = 2;
const DUN = 4;
const DASH = 8;
const OPEN = 16;
const CLOSE = 32;
const ASCII_QUOTE = 64;
const KIND = new Uint8Array(0x10000);
KIND[0x22] |= ASCII_QUOTE;
for (const ch of Object.keys(FULL_WIDTH)) KIND[ch.charCodeAt(0)] |= HALF;
for (const ch of DOUBLED) KIND[ch.charCodeAt(0)] |= DOUBLE;
KIND['、'.charCodeAt(0)] |= DUN;
for (const ch of '-–') KIND[ch.charCodeAt(0)] |= DASH;
for (const ch of Object.keys(OPENERS)) KIND[ch.charCodeAt(0)] |= OPEN;
for (const ch of Object.keys(CLOSERS)) KIND[ch.charCodeAt(0)] |= CLOSE;

export const punctuation: Rule = {
  code: 'punctuation',
  defaultSeverity: 'warning',
  check(report) {
    const findings: Finding[] = [];
    // URLs, and the brackets of a 发文字号 (国办发(2021)12号: the document-number rule says 〔〕, not （）).
    const urls = [...urlSpans(report.text), ...documentNumberSpans(report)].sort((a, b) => a[0] - b[0]);
    const chrome = new Set(report.chromeLines);
    // Heading markers belong to heading-marker: each line skips its own marker.
    const markerEnd = new Int32Array(report.lines.length).fill(-1);
    for (const s of report.allSections) markerEnd[s.line] = s.markerEnd;
    const messages = new Messages();
    let u = 0;
    for (let index = 0; index < report.lines.length && findings.length <= MAX_FINDINGS_PER_RULE; index++) {
      if (chrome.has(index)) continue;
      const line = report.lines[index];
      while (u < urls.length && urls[u][1] <= line.start) u++;
      checkLine(report.text, Math.max(line.start, markerEnd[index]), line.end, urls, u, findings, messages);
    }
    return findings;
  },
};

/** URLs keep their own characters. */
function urlSpans(text: string): [number, number][] {
  return [...text.matchAll(/(?:https?:\/\/|www\.)[\x21-\x7e]{1,500}/g)].map((m) => [m.index!, m.index! + m[0].length]);
}

const TITLE_OPEN = '《'.charCodeAt(0);
// checkLine's scratch, shared by every line (see there).
const openAt: number[] = [];
const closed: boolean[] = [];
const stack: number[] = [];
const byMark = new Map<number, number[]>();

/** The last entry of `marks` still open (closed ones on top are dropped), or -1. */
function lastOpen(marks: number[] | undefined): number {
  if (!marks) return -1;
  while (marks.length > 0 && closed[marks[marks.length - 1]]) marks.pop();
  return marks.length > 0 ? marks[marks.length - 1] : -1;
}

function checkLine(
  text: string,
  start: number,
  end: number,
  urls: [number, number][],
  u: number,
  out: Finding[],
  messages: Messages,
): void {
  // Open marks in order (their offsets), and per mark its own stack of indices into that list: "which
  // 《 is the last one still open?" is then a look-up rather than a scan (a line of 100,000 （ with 》
  // after them made the scan quadratic). A closed entry stays, flagged, until it reaches a top.
  // Shared scratch, emptied per line: a draft of 100,000 short lines would otherwise make 400,000
  // empty collections for the garbage collector.
  openAt.length = 0;
  closed.length = 0;
  stack.length = 0;
  if (byMark.size > 0) byMark.clear();
  // An ASCII " that opened a quotation (开展"法律进社区"活动): the next one closes it.
  let asciiOpen = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const kind = KIND[code];
    if (kind === 0) continue;
    while (u < urls.length && urls[u][1] <= i) u++;
    if (u < urls.length && urls[u][0] <= i) {
      i = urls[u][1] - 1;
      continue;
    }
    // Character codes, not one-character strings, until there is something to report: a draft's every
    // comma and full stop passes here, and each string made was garbage to collect.
    if (kind & HALF) {
      if (isHalfWidthInChinese(text, i, start, end)) {
        const ch = text[i];
        const full = FULL_WIDTH[ch];
        out.push(replace(i, 1, full, messages.get(ch, () => l10n.t('中文里应使用全角标点“{0}”，不用半角“{1}”（GB/T 15834-2011）。', full, ch)), messages));
        // A half-width ) reported here closes the （ it was typed for (（持证率100%)): one slip, said once.
        if (code === 0x29) {
          const open = lastOpen(byMark.get(0xff08));
          if (open >= 0) closed[open] = true;
        }
      }
      continue;
    }
    // A " in Chinese text is a quote typed with the input method in English mode: it closes the “ still
    // open (按照“七五"普法规划), else it opens one.
    if (kind & ASCII_QUOTE) {
      const open = lastOpen(byMark.get(0x201c));
      const full: string = open >= 0 || asciiOpen ? '”' : '“';
      asciiOpen = full === '“';
      if (open >= 0) closed[open] = true;
      // Code or Latin text (key="value", "ok") keeps its ". A digit outside a quotation whose inside is
      // Chinese is the sentence going on (培育“法律明白人"112名), not code.
      const inside = full === '”' ? i - 1 : i + 1;
      const outside = full === '”' ? i + 1 : i - 1;
      const latinOutside = isLatinAt(text, outside) && !(isDigit(text.charCodeAt(outside)) && isChinese(text.charCodeAt(inside)));
      if (isHalfWidthInChinese(text, i, start, end) && !isLatinAt(text, inside) && !latinOutside) {
        out.push(replace(i, 1, full, messages.get(`ascii${full}`, () => l10n.t('中文里应使用全角标点“{0}”，不用半角“{1}”（GB/T 15834-2011）。', full, '"')), messages));
      }
      continue;
    }
    if (kind & DOUBLE && text.charCodeAt(i + 1) === code) {
      const ch = text[i];
      out.push(replace(i, 2, ch, messages.get(ch + ch, () => l10n.t('标点“{0}”重复。', ch)), messages));
      i++;
      continue;
    }
    // Only between marks of one kind (《a》、《b》 · “a”、“b”): 《条例》、“三项制度” mixes kinds and keeps its
    // 顿号, and a title quoted as written (《关于“甲”、“乙”的通知》) is not ours to change.
    if (kind & DUN && between(text, i) && lastOpen(byMark.get(TITLE_OPEN)) < 0) {
      out.push(replace(i, 1, '', messages.get('dun', () => l10n.t('并列的书名号或引号之间不用顿号（GB/T 15834-2011）。')), messages));
      continue;
    }
    if (kind & DASH) {
      if (isYearSpan(text, i)) {
        out.push(replace(i, 1, '—', messages.get('dash', () => l10n.t('年份起止应使用一字线“—”，如“2021—2025年”（GB/T 15834-2011）。')), messages));
      }
      continue;
    }
    if (kind & OPEN) {
      const marks = byMark.get(code);
      if (marks) marks.push(openAt.length);
      else byMark.set(code, [openAt.length]);
      stack.push(openAt.length);
      openAt.push(i);
      closed.push(false);
    } else if (kind & CLOSE) {
      const ch = text[i];
      const inner = lastOpen(stack);
      const match = lastOpen(byMark.get(CLOSERS[ch].charCodeAt(0)));
      if (match >= 0 && match === inner) closed[match] = true;
      else if (match >= 0) {
        const innerCh = text[openAt[inner]];
        out.push(unbalanced(i, messages.get(`cross${ch}${innerCh}`, () => l10n.t('“{0}”与前面的“{1}”交错嵌套，应先用“{2}”结束里层。', ch, innerCh, OPENERS[innerCh]))));
        // The crossed pair is closed; the inner opener still waits for its own closer.
        closed[match] = true;
      } else if (inner >= 0 && SAME_FAMILY[text[openAt[inner]]] === CLOSERS[ch]) {
        // 《条例〉, “一公开’: the closer of the wrong size for the mark still open — one slip, reported once.
        const opener = text[openAt[inner]];
        const finding = replace(i, 1, OPENERS[opener], messages.get(`size${ch}${opener}`, () => l10n.t('这里应为“{0}”，与前面的“{1}”配对。', OPENERS[opener], opener)), messages);
        out.push({ ...finding, fix: { ...finding.fix!, safe: false } });
        closed[inner] = true;
      } else out.push(unbalanced(i, messages.get(`lone${ch}`, () => l10n.t('“{0}”没有与之配对的“{1}”。', ch, CLOSERS[ch]))));
    }
  }
  for (let k = 0; k < openAt.length && out.length <= MAX_FINDINGS_PER_RULE; k++) {
    if (closed[k]) continue;
    const ch = text[openAt[k]];
    // The same opener typed twice (落实““首违不罚”制度): one mark doubled, the pair after it whole.
    if (QUOTES.includes(ch) && k + 1 < openAt.length && openAt[k + 1] === openAt[k] + 1 && text[openAt[k + 1]] === ch && closed[k + 1]) {
      out.push(replace(openAt[k], 2, ch, messages.get(ch + ch, () => l10n.t('标点“{0}”重复。', ch)), messages));
      continue;
    }
    // Quotes do not nest in their own kind (the inner ones are ‘’): two open “ in a row are one pair whose
    // closer was typed as an opener (“宪法宣传周“系列活动), and the second is the slip.
    let next = k + 1;
    if (QUOTES.includes(ch)) while (next < openAt.length && closed[next]) next++;
    if (QUOTES.includes(ch) && next < openAt.length && text[openAt[next]] === ch) {
      const at = openAt[next];
      const finding = replace(at, 1, OPENERS[ch], messages.get(`typed${ch}`, () => l10n.t('这里应为后引号“{0}”：前面的“{1}”还没有结束。', OPENERS[ch], ch)), messages);
      out.push({ ...finding, fix: { ...finding.fix!, safe: false } });
      k = next;
      continue;
    }
    out.push(unbalanced(openAt[k], messages.get(`lone${ch}`, () => l10n.t('“{0}”没有与之配对的“{1}”。', ch, OPENERS[ch]))));
  }

}

const TITLE_CLOSE = '》'.charCodeAt(0);
const QUOTE_OPEN = '“'.charCodeAt(0);
const QUOTE_CLOSE = '”'.charCodeAt(0);

/** Between marks of one kind: 》、《 or ”、“. */
function between(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return (before === TITLE_CLOSE && after === TITLE_OPEN) || (before === QUOTE_CLOSE && after === QUOTE_OPEN);
}

/** Next to a Chinese character (spaces aside), and not a colon between digits (15:34). */
function isHalfWidthInChinese(text: string, i: number, start: number, end: number): boolean {
  if (text[i] === ':' && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) return false;
  let left = i - 1;
  while (left >= start && text[left] === ' ') left--;
  let right = i + 1;
  while (right < end && text[right] === ' ') right++;
  return (left >= start && isChinese(text.charCodeAt(left))) || (right < end && isChinese(text.charCodeAt(right)));
}

function isYearSpan(text: string, i: number): boolean {
  return /^[0-9]{4}$/.test(text.slice(i - 4, i)) && !isDigit(text.charCodeAt(i - 5)) && /^[0-9]{4}年/.test(text.slice(i + 1, i + 6));
}

function isChinese(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff5e);
}

function isLatinAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x3d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function replace(at: number, length: number, newText: string, message: string, messages: Messages): Finding {
  const title = messages.get(`fix:${newText}`, () => (newText ? l10n.t('改为“{0}”', newText) : l10n.t('删除“{0}”', '、')));
  return { start: at, end: at + length, message, fix: { title, edits: [{ start: at, end: at + length, newText }], safe: true } };
}

function unbalanced(at: number, message: string): Finding {
  return { start: at, end: at + 1, message };
}
