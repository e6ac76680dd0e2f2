import { DocNumbering, type ParagraphNumbering, readParagraphSprms } from './docNumbering';

// Word draws a .doc's list numbers; word-extractor reads only the characters. This extends its
// extractor: after it has read the pieces of text and the paragraph properties, the marker of each
// numbered paragraph of the main text is inserted before the paragraph, as Word shows it.

/** word-extractor's internal view of a stretch of text (lib/word-ole-extractor.js). */
interface Piece {
  text: string;
  length: number;
  startCp: number;
  endCp: number;
  startFilePos: number;
  endFilePos: number;
  bpc: number;
}

interface OleExtractor {
  _pieces: Piece[];
  _boundaries: { ccpText: number };
}

type ExtractorClass = new () => OleExtractor & {
  writeParagraphProperties(fib: Buffer, table: Buffer): void;
  buildDocument(): unknown;
  extract(reader: unknown): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }>;
};

/** A word-extractor OLE extractor that also draws list numbers; `extract(reader)` as word-extractor's. */
export function numberedExtractor(): { extract(reader: unknown): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }> } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Base = require('word-extractor/lib/word-ole-extractor') as ExtractorClass;
  class NumberedExtractor extends Base {
    private streams?: { fib: Buffer; table: Buffer };
    override writeParagraphProperties(fib: Buffer, table: Buffer): void {
      super.writeParagraphProperties(fib, table);
      this.streams = { fib, table };
    }
    override buildDocument(): unknown {
      if (this.streams) {
        try {
          drawListNumbers(this, this.streams.fib, this.streams.table);
        } catch {
          // Unusual paragraph tables: the text is still read, without list numbers.
        }
      }
      return super.buildDocument();
    }
  }
  return new NumberedExtractor();
}

function drawListNumbers(extractor: OleExtractor, fib: Buffer, table: Buffer): void {
  const numbering = new DocNumbering(fib, table);
  const pieces = extractor._pieces;
  const mainEnd = extractor._boundaries.ccpText;
  const cpOf = (fc: number) => {
    const piece = pieces.find((p) => fc >= p.startFilePos && fc < p.endFilePos);
    return piece ? piece.startCp + (fc - piece.startFilePos) / piece.bpc : undefined;
  };
  const charAt = (cp: number) => {
    const piece = pieces.find((p) => cp >= p.startCp && cp < p.endCp);
    return piece?.text[cp - piece.startCp];
  };

  // Every paragraph of the main text with its style and numbering, from the PAPX pages ([MS-DOC] PlcBtePapx, PapxFkp).
  const paragraphs: { cp: number; istd: number; own: ParagraphNumbering }[] = [];
  const fc = fib.readUInt32LE(0x0102);
  const lcb = fib.readUInt32LE(0x0106);
  const count = (lcb - 4) / 8;
  for (let i = 0; i < count; i++) {
    const page = table.readUInt32LE(fc + (count + 1) * 4 + i * 4) * 512;
    const fkp = fib.subarray(page, page + 512);
    const runs = fkp[511];
    for (let j = 0; j < runs; j++) {
      const start = cpOf(fkp.readUInt32LE(j * 4));
      const endFc = fkp.readUInt32LE((j + 1) * 4);
      const last = cpOf(endFc - 1) ?? cpOf(endFc - 2);
      if (start === undefined || last === undefined || start >= mainEnd) continue;
      const bx = fkp[(runs + 1) * 4 + j * 13] * 2;
      const cb = fkp[bx];
      const grpprl = cb !== 0 ? fkp.subarray(bx + 1, bx + 2 * cb) : fkp.subarray(bx + 2, bx + 2 + 2 * fkp[bx + 1]);
      if (grpprl.length < 2) continue;
      const own: ParagraphNumbering = {};
      readParagraphSprms(grpprl.subarray(2), own);
      const istd = grpprl.readUInt16LE(0);
      // A run may hold several paragraphs with the same properties: each starts after a paragraph or cell mark.
      for (let cp = start; cp <= last && cp < mainEnd; cp++) {
        if (cp === start || charAt(cp - 1) === '\r' || charAt(cp - 1) === '\x07') paragraphs.push({ cp, istd, own });
      }
    }
  }
  paragraphs.sort((a, b) => a.cp - b.cp);
  const inserts: { cp: number; marker: string }[] = [];
  for (const paragraph of paragraphs) {
    const marker = numbering.next(paragraph.istd, paragraph.own);
    if (marker) inserts.push({ cp: paragraph.cp, marker });
  }
  if (inserts.length === 0) return;

  // Insert the markers, then move every piece's character positions (and the main text's end) along.
  for (const piece of pieces) {
    const here = inserts.filter((x) => x.cp >= piece.startCp && x.cp < piece.endCp);
    for (let k = here.length - 1; k >= 0; k--) {
      const at = here[k].cp - piece.startCp;
      piece.text = piece.text.slice(0, at) + here[k].marker + piece.text.slice(at);
    }
  }
  let cp = 0;
  for (const piece of pieces) {
    piece.length = piece.text.length;
    piece.startCp = cp;
    piece.endCp = cp + piece.length;
    cp = piece.endCp;
  }
  extractor._boundaries.ccpText += inserts.reduce((sum, x) => sum + x.marker.length, 0);
}
