import * as l10n from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Hover, MarkupKind, type Position } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { CorpusState } from '../corpus/corpusState';
import { phraseAtCursor } from '../corpus/phraseAtCursor';
import { isPhraseUnit } from '../corpus/phraseChars';
import type { Report, Section } from '../report/model';
import { lookup, type LookupResult, shownPassages } from './corpusLookup';
import { bold, escapeMarkdown, hitLink, passages, reportName } from './corpusMarkdown';
import { partLabel, regulationWording } from '../report/parts';

/** Passages a hover shows. */
const PASSAGES = 5;
/** Passages at least for the shorter, more shared phrase under the one pointed at. */
const SHARED_PASSAGES = 2;
/** Distinct corpus headings a heading hover lists. */
const HEADINGS = 8;
/** A 《title》 longer than this is not a title but an unclosed 《. */
const MAX_BOOK_TITLE = 80;

/**
 * The corpus hover: on a top-level heading, the required part it fulfils and how other reports title
 * that part; on a 《title》, how many reports cite it; elsewhere, the longest phrase around the cursor
 * that the corpus shares, with passages. Null as well once `token` is cancelled: the corpus scans stop.
 */
export function corpusHover(document: TextDocument, report: Report, position: Position, corpus: CorpusState, token?: CancellationToken): Hover | null {
  const line = report.lines[position.line];
  if (!line || token?.isCancellationRequested) return null;
  const offset = document.offsetAt(position);
  const text = report.text;
  const index = corpus.kind === 'ready' ? corpus.index : undefined;

  const heading = report.allSections.find((s) => s.kind === 'heading' && s.line === position.line && offset >= s.markerStart && offset <= s.titleEnd);
  // A top-level heading, or a lower one that fulfils a part (第一责任人 under part 1); other sub-headings are text.
  if (heading && (heading.level === 1 || heading.part !== null)) return hover(document, heading.markerStart, heading.titleEnd, headingMarkdown(heading, index, corpus));

  const book = bookTitleAt(text, offset, line.start, line.end);
  if (book) {
    const phrase = text.slice(book.start, book.end);
    const body = index ? bookTitleMarkdown(index, phrase, token) : notReady(corpus);
    return body && !token?.isCancellationRequested ? hover(document, book.start, book.end, body) : null;
  }

  const onText = (offset < line.end && isPhraseUnit(text, offset)) || (offset > line.start && isPhraseUnit(text, offset - 1));
  if (!onText) return null;
  if (!index) {
    const body = notReady(corpus);
    return body ? hover(document, offset, offset, body) : null;
  }
  // The phrase pointed at is the longest the corpus has, in however many reports.
  const chosen = phraseAtCursor(index, text, offset, line.start, line.end, token);
  if (!chosen) return null;
  const shown = shownPassages();
  const result = lookup(index, chosen.phrase, { maxHits: PASSAGES, spreadOverReports: true, shown, token });
  if (token?.isCancellationRequested) return null;
  const sections = [phraseMarkdown(result)];
  // A shorter phrase at the cursor that more reports use says something more; its passages are other
  // places. Looked for only while the phrase's own reports are fewer than the passages: past that they
  // already show variety, and each probe for "in more reports" would read every place of a common phrase.
  const shared = result.documents < PASSAGES ? phraseAtCursor(index, text, offset, line.start, line.end, token, [result.documents + 1]) : null;
  if (shared && !token?.isCancellationRequested) {
    const more = lookup(index, shared.phrase, { maxHits: Math.max(SHARED_PASSAGES, PASSAGES - result.hits.length), spreadOverReports: true, shown, token });
    if (token?.isCancellationRequested) return null;
    sections.push(phraseMarkdown(more));
  }
  return hover(document, chosen.start, chosen.end, sections.join('\n\n'));
}

function phraseMarkdown(result: LookupResult): string {
  const head = l10n.t('{0}：语料中 {1} 份报告用到，共 {2} 处', bold(result.phrase), result.documents, result.occurrences);
  return result.hits.length === 0 ? head : `${head}\n\n${passages(result)}`;
}

function headingMarkdown(heading: Section, index: CorpusIndex | undefined, corpus: CorpusState): string {
  if (heading.part === null) return l10n.t('这一标题不对应规定的五项内容之一。');
  const lines = [`**${partLabel(heading.part)}**`, '', l10n.t('规定原文：{0}', regulationWording(heading.part))];
  if (!index) {
    const waiting = notReady(corpus);
    if (waiting) lines.push('', waiting);
    return lines.join('\n');
  }
  const titles = index.headingsOfPart(heading.part);
  if (titles.length === 0) return lines.join('\n');
  lines.push('', l10n.t('语料中的报告这样写这一部分的标题：'));
  for (const title of titles.slice(0, HEADINGS)) {
    const first = index.documents[title.documents[0]];
    const where = `[${escapeMarkdown(reportName(first))}](${hitLink({ uri: first.uri, line: first.headings.find((h) => h.title === title.title)?.line ?? 0 })})`;
    const more = title.documents.length > 1 ? l10n.t('（另有 {0} 份报告）', title.documents.length - 1) : '';
    lines.push(`- ${escapeMarkdown(title.marker + title.title)} — ${where}${more}`);
  }
  if (titles.length > HEADINGS) lines.push('', l10n.t('还有 {0} 种写法。', titles.length - HEADINGS));
  return lines.join('\n');
}

function bookTitleMarkdown(index: CorpusIndex, phrase: string, token: CancellationToken | undefined): string {
  const result = lookup(index, phrase, { maxHits: PASSAGES, spreadOverReports: true, token });
  if (result.documents === 0) return l10n.t('语料中没有报告引用 {0}。', escapeMarkdown(phrase));
  const head = l10n.t('语料中 {0} 份报告引用 {1}，共 {2} 处', result.documents, bold(phrase), result.occurrences);
  return `${head}\n\n${passages(result)}`;
}

function notReady(corpus: CorpusState): string | null {
  if (corpus.kind === 'building' && corpus.total === 0) return l10n.t('语料索引正在建立（正在查找语料文件），稍后再试。');
  if (corpus.kind === 'building') return l10n.t('语料索引正在建立（已读 {0} / {1} 个文件），稍后再试。', corpus.read, corpus.total);
  return null;
}

/** The 《…》 around the offset on its line, brackets included. */
function bookTitleAt(text: string, offset: number, lineStart: number, lineEnd: number): { start: number; end: number } | null {
  let open = -1;
  for (let i = Math.min(offset, lineEnd - 1); i >= lineStart && offset - i <= MAX_BOOK_TITLE; i--) {
    const c = text[i];
    if (c === '《') {
      open = i;
      break;
    }
    if (c === '》' && i < offset) return null;
  }
  if (open < 0) return null;
  const close = text.indexOf('》', open + 1);
  if (close < 0 || close >= lineEnd || close - open > MAX_BOOK_TITLE || close + 1 < offset) return null;
  if (text.lastIndexOf('《', close) !== open) return null;
  return { start: open, end: close + 1 };
}

function hover(document: TextDocument, start: number, end: number, value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range: { start: document.positionAt(start), end: document.positionAt(end) } };
}
