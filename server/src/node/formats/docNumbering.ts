import { type ListLevel, ListCounters } from './listCounters';

// Word's automatic list numbering in a .doc or .wps: the list definitions (PlfLst with their LVLs),
// the list instances (PlfLfo with their overrides) and the numbering a paragraph or its style
// carries (sprmPIlfo, sprmPIlvl), per [MS-DOC]; ListCounters counts as for a .docx.

/** ST_NumberFormat names of the nfc codes ([MS-DOC] 2.9.158 MSONFC) a report may use. */
const NFC: Record<number, string> = {
  0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 10: 'ideographDigital', 11: 'japaneseCounting',
  14: 'decimalFullWidth', 18: 'decimalEnclosedCircle', 19: 'decimalFullWidth2', 22: 'decimalZero', 23: 'bullet', 26: 'decimalEnclosedFullstop',
  27: 'decimalEnclosedParen', 28: 'decimalEnclosedCircleChinese', 30: 'ideographTraditional', 31: 'ideographZodiac', 33: 'taiwaneseCounting',
  35: 'taiwaneseCountingThousand', 36: 'taiwaneseDigital', 37: 'chineseCounting', 38: 'chineseLegalSimplified', 39: 'chineseCountingThousand',
  255: 'none',
};
const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;
/** FIB offsets of fcStshf, fcPlfLst and fcPlfLfo (FibRgFcLcb97 entries 1, 73 and 74). */
const FC_STSHF = 154 + 1 * 8;
const FC_PLF_LST = 154 + 73 * 8;
const FC_PLF_LFO = 154 + 74 * 8;

export interface ParagraphNumbering {
  ilfo?: number;
  ilvl?: number;
}

interface Instance {
  lsid: number;
  starts: Map<number, number>;
  levels: Map<number, ListLevel>;
}

export class DocNumbering {
  private readonly lists = new Map<number, ListLevel[]>();
  private readonly instances: Instance[] = [];
  private readonly styles: { base: number; numbering: ParagraphNumbering }[] = [];
  private readonly counters = new ListCounters();

  /** Reads the tables; a table it cannot read leaves the document unnumbered rather than failing. */
  constructor(fib: Buffer, table: Buffer) {
    try {
      if (fib.readUInt16LE(152) <= 74) return;
      this.readLists(table, fib.readUInt32LE(FC_PLF_LST), fib.readUInt32LE(FC_PLF_LST + 4));
      this.readInstances(table, fib.readUInt32LE(FC_PLF_LFO), fib.readUInt32LE(FC_PLF_LFO + 4));
      this.readStyles(table, fib.readUInt32LE(FC_STSHF), fib.readUInt32LE(FC_STSHF + 4));
    } catch {
      // A damaged list table: the text is still read, without list numbers.
    }
  }

  /** The marker before a paragraph with these properties (its own, then its style's), counting it. */
  next(istd: number, own: ParagraphNumbering): string {
    const style = this.styleNumbering(istd);
    const ilfo = own.ilfo ?? style.ilfo;
    if (!ilfo || ilfo < 1 || ilfo > this.instances.length) return '';
    const instance = this.instances[ilfo - 1];
    const levels = this.lists.get(instance.lsid);
    if (!levels) return '';
    return this.counters.next({
      instance: String(ilfo),
      list: String(instance.lsid),
      level: own.ilvl ?? style.ilvl ?? 0,
      levelOf: (l) => instance.levels.get(l) ?? levels[l],
      starts: instance.starts,
    });
  }

  private styleNumbering(istd: number): ParagraphNumbering {
    const found: ParagraphNumbering = {};
    const seen = new Set<number>();
    for (let i = istd; i < this.styles.length && !seen.has(i); i = this.styles[i].base) {
      seen.add(i);
      found.ilfo ??= this.styles[i].numbering.ilfo;
      found.ilvl ??= this.styles[i].numbering.ilvl;
    }
    return found;
  }

  private readLists(table: Buffer, fc: number, lcb: number): void {
    if (lcb < 2) return;
    const count = table.readInt16LE(fc);
    let at = fc + 2 + count * 28;
    for (let i = 0; i < count; i++) {
      const lstf = fc + 2 + i * 28;
      const lsid = table.readInt32LE(lstf);
      const simple = (table[lstf + 26] & 1) !== 0;
      const levels: ListLevel[] = [];
      for (let l = 0; l < (simple ? 1 : 9); l++) {
        const [level, next] = readLevel(table, at);
        levels.push(level);
        at = next;
      }
      this.lists.set(lsid, levels);
    }
  }

  private readInstances(table: Buffer, fc: number, lcb: number): void {
    if (lcb < 4) return;
    const count = table.readUInt32LE(fc);
    let at = fc + 4 + count * 16;
    for (let i = 0; i < count; i++) {
      const lfo = fc + 4 + i * 16;
      const overrides = table[lfo + 12];
      const instance: Instance = { lsid: table.readInt32LE(lfo), starts: new Map(), levels: new Map() };
      at += 4; // LFOData.cp
      for (let o = 0; o < overrides; o++) {
        const startAt = table.readInt32LE(at);
        const flags = table.readUInt32LE(at + 4);
        at += 8;
        const ilvl = flags & 0x0f;
        if (flags & 0x10) instance.starts.set(ilvl, startAt);
        if (flags & 0x20) {
          const [level, next] = readLevel(table, at);
          instance.levels.set(ilvl, level);
          at = next;
        }
      }
      this.instances.push(instance);
    }
  }

  private readStyles(table: Buffer, fc: number, lcb: number): void {
    if (lcb < 4) return;
    const cbStshi = table.readUInt16LE(fc);
    const count = table.readUInt16LE(fc + 2);
    const cbBase = table.readUInt16LE(fc + 4);
    let at = fc + 2 + cbStshi;
    for (let i = 0; i < count; i++) {
      const cbStd = table.readUInt16LE(at);
      const std = at + 2;
      at = std + cbStd;
      if (cbStd === 0) {
        this.styles.push({ base: 0x0fff, numbering: {} });
        continue;
      }
      const kind = table[std + 2] & 0x0f;
      const base = table.readUInt16LE(std + 2) >> 4;
      const numbering: ParagraphNumbering = {};
      if (kind === 1) {
        const nameChars = table.readUInt16LE(std + cbBase);
        let upx = std + cbBase + 2 + nameChars * 2 + 2;
        if ((upx - std) % 2) upx++;
        const cbUpx = table.readUInt16LE(upx);
        readParagraphSprms(table.subarray(upx + 4, upx + 2 + cbUpx), numbering);
      }
      this.styles.push({ base, numbering });
    }
  }
}

/** An LVL: its LVLF, its paragraph and character properties, and its number text (level numbers as 0–8). */
function readLevel(table: Buffer, at: number): [ListLevel, number] {
  const start = table.readInt32LE(at);
  const nfc = table[at + 4];
  const flags = table[at + 5];
  const follow = table[at + 15];
  const cbChpx = table[at + 24];
  const cbPapx = table[at + 25];
  const restartLimit = table[at + 26];
  let next = at + 28 + cbPapx + cbChpx;
  const chars = table.readUInt16LE(next);
  const raw = table.subarray(next + 2, next + 2 + chars * 2).toString('utf16le');
  next += 2 + chars * 2;
  return [
    {
      start,
      format: NFC[nfc] ?? 'decimal',
      text: [...raw].map((c) => (c.charCodeAt(0) <= 8 ? `%${c.charCodeAt(0) + 1}` : c)).join(''),
      restartAfter: flags & 0x08 ? restartLimit : undefined,
      legal: (flags & 0x04) !== 0,
      suffix: follow === 2 ? '' : ' ',
    },
    next,
  ];
}

/** sprmPIlfo and sprmPIlvl from a grpprl (walking every sprm by its operand size). */
export function readParagraphSprms(grpprl: Buffer, into: ParagraphNumbering): void {
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    let size: number;
    switch (sprm >> 13) {
      case 0:
      case 1:
        size = 1;
        break;
      case 2:
      case 4:
      case 5:
        size = 2;
        break;
      case 3:
        size = 4;
        break;
      case 7:
        size = 3;
        break;
      default:
        // Variable: a size byte first (two for sprmTDefTable; sprmPChgTabs has its own rule, taken as the byte).
        if (sprm === 0xd608) {
          size = grpprl.readUInt16LE(at) + 1;
        } else {
          size = grpprl[at] + 1;
        }
    }
    if (sprm === SPRM_P_ILVL) into.ilvl = grpprl[at];
    else if (sprm === SPRM_P_ILFO) into.ilfo = grpprl.readInt16LE(at);
    at += size;
  }
}
