import * as iconv from 'iconv-lite';
import type { FormatRead } from './formatRead';

// RTF, which Word writes when a draft is "saved as .doc" in RTF: the text of the body, with \u
// characters and \'hh bytes in the document's code page (GBK for Chinese Word), and Word's own
// rendering of list numbers (\listtext) kept; headers, footers, notes, comments, pictures, field
// instructions, hidden and deleted (tracked) text left out.

/** Destinations whose text is not body text. */
const SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl',
  'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'fldinst', 'themedata', 'colorschememapping', 'latentstyles',
  'datastore', 'xmlnstbl', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'filetbl', 'revtbl', 'pgdsctbl', 'bkmkstart',
  'bkmkend', 'shp', 'shpinst', 'nonshppict', 'wgrffmtfilter', 'mmathPr', 'xe', 'tc',
]);
const SYMBOLS: Record<string, string> = {
  par: '\n', line: '\n', sect: '\n', tab: '\t', cell: '\t', nestcell: '\t', row: '\n', emdash: '—', endash: '–', lquote: '‘',
  rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: '\u2003', enspace: '\u2002',
};
const CODE_PAGES: Record<number, string> = { 936: 'gbk', 54936: 'gb18030', 950: 'big5', 65001: 'utf-8', 1252: 'windows-1252' };

interface State {
  skip: boolean;
  /** Where Word's rendered list number (\listtext) began in the output, while inside it. */
  listStart?: number;
  hidden: boolean;
  uc: number;
}

export function readRtf(bytes: Buffer): FormatRead {
  const source = bytes.toString('latin1');
  let codePage = 'windows-1252';
  let state: State = { skip: false, hidden: false, uc: 1 };
  const stack: State[] = [];
  let out = '';
  let pendingBytes: number[] = [];
  let skipFallback = 0;
  let groupStart = false;
  const flush = () => {
    if (pendingBytes.length) out += iconv.decode(Buffer.from(pendingBytes), codePage);
    pendingBytes = [];
  };
  const emit = (text: string) => {
    if (state.skip || state.hidden) return;
    flush();
    out += text;
  };
  const token = /\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/g;
  for (let m = token.exec(source); m; m = token.exec(source)) {
    const [, word, param, hex, symbol, brace, text] = m;
    const opensGroup = groupStart;
    groupStart = false;
    if (brace === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
    } else if (brace === '}') {
      if (!state.skip && !state.hidden) flush();
      // The number Word drew, without the spaces and tab it laid it out with.
      if (state.listStart !== undefined && stack[stack.length - 1]?.listStart === undefined) out = out.slice(0, state.listStart) + out.slice(state.listStart).trim();
      state = stack.pop() ?? state;
      skipFallback = 0;
    } else if (hex !== undefined) {
      if (skipFallback > 0) skipFallback--;
      else if (!state.skip && !state.hidden) pendingBytes.push(parseInt(hex, 16));
    } else if (symbol !== undefined) {
      // \* marks a destination a reader may ignore when it does not know it.
      if (symbol === '*' && opensGroup) state.skip = true;
      else if (symbol === '~') emit('\u00a0');
      else if (symbol === '_') emit('-');
      else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
    } else if (word !== undefined) {
      const n = param === undefined ? undefined : Number(param);
      if (word === 'ansicpg' && n !== undefined) codePage = CODE_PAGES[n] ?? (iconv.encodingExists(`cp${n}`) ? `cp${n}` : codePage);
      else if (word === 'u' && n !== undefined) {
        emit(String.fromCharCode(n < 0 ? n + 65536 : n));
        skipFallback = state.uc;
      } else if (word === 'uc' && n !== undefined) state.uc = n;
      else if (word === 'v' || word === 'deleted') state.hidden = n !== 0;
      else if (word === 'plain') state.hidden = false;
      else if (SKIPPED.has(word) && opensGroup) state.skip = true;
      else if ((word === 'listtext' || word === 'pntext') && opensGroup && !state.skip) {
        flush();
        state.listStart = out.length;
      }
      else if (word === 'row') {
        if (!state.skip) flush();
        out = out.replace(/\t$/, '') + '\n';
      } else if (word in SYMBOLS) emit(SYMBOLS[word]);
    } else if (text !== undefined) {
      let chars = text;
      if (skipFallback > 0) {
        const skipped = Math.min(skipFallback, chars.length);
        chars = chars.slice(skipped);
        skipFallback -= skipped;
      }
      if (chars) emit(chars);
    }
  }
  flush();
  return { text: out.replace(/\n$/, '') };
}
