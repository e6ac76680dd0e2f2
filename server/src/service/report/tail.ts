import { isTailChrome } from './chrome';
import { parseDateLine } from './dates';
import { block } from './head';
import { contentOf, isBlank } from './lines';
import { matchMarker } from './markers';
import type { Line, TextBlock } from './model';

// The end of a draft: 特此报告。, the signing organisation and the 成文日期, possibly followed by
// web chrome (扫一扫在手机打开当前页). Read backwards from the last line.

export interface Tail {
  chromeLines: number[];
  closing: TextBlock | null;
  signature: TextBlock | null;
  dateLine: TextBlock | null;
  /** First line after the body: sections end before it. */
  bodyEnd: number;
}

export function analyseTail(text: string, lines: Line[], floor: number): Tail {
  const chromeLines: number[] = [];
  let i = lines.length - 1;
  const skip = () => {
    while (i >= floor) {
      if (isBlank(lines[i])) i--;
      else if (isTailChrome(contentOf(lines[i]))) chromeLines.push(i--);
      else break;
    }
  };
  skip();

  let dateLine: TextBlock | null = null;
  let signature: TextBlock | null = null;
  if (i >= floor && parseDateLine(contentOf(lines[i]))) {
    dateLine = block(lines, i, i);
    i--;
    skip();
    if (i >= floor && isSignature(text, lines[i])) {
      signature = block(lines, i, i);
      i--;
      skip();
    }
  }

  let closing: TextBlock | null = null;
  if (i >= floor && /^特此(?:报告|汇报)[。.！!]?$/.test(contentOf(lines[i]))) {
    closing = block(lines, i, i);
    i--;
  }
  return { chromeLines: chromeLines.reverse(), closing, signature, dateLine, bodyEnd: i + 1 };
}

function isSignature(text: string, line: Line): boolean {
  const content = contentOf(line);
  return (
    content.length <= 30 &&
    !/[。，,；;：:！!？?]/.test(content) &&
    /[\u4e00-\u9fff]/.test(content) &&
    matchMarker(text, line.contentStart) === undefined
  );
}
