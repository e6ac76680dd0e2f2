import { attr, child, children, isOn, isWord } from './wordXml';

// Word's automatic list numbering (word/numbering.xml): the 一、 or （一） before a heading is drawn by
// Word from the list's level definition and a counter, and is not in the paragraph's text. This
// renders the marker as Word draws it: a counter per abstract list and level, lower levels restarting
// when a higher one is used (or as w:lvlRestart says), start values, and a list instance's
// w:startOverride restarting the count where that instance begins.

interface Level {
  start: number;
  format: string;
  text: string;
  /** 1-based level after whose use this level restarts; 0 never restarts. */
  restartAfter: number | undefined;
  legal: boolean;
  suffix: string;
}

interface ListInstance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, Level>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  private readonly abstractLinks = new Map<string, string>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly styles = new Map<string, StyleNumbering>();
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly begun = new Set<string>();

  constructor(numbering: Document | undefined, styles: Document | undefined) {
    if (styles) {
      for (const style of children(styles.documentElement)) {
        if (!isWord(style, 'style')) continue;
        const id = attr(style, 'styleId');
        if (!id) continue;
        const numPr = child(child(style, 'pPr'), 'numPr');
        const ilvl = attr(child(numPr, 'ilvl'), 'val');
        this.styles.set(id, { numId: attr(child(numPr, 'numId'), 'val'), ilvl: ilvl === undefined ? undefined : Number(ilvl), basedOn: attr(child(style, 'basedOn'), 'val') });
      }
    }
    if (!numbering) return;
    for (const element of children(numbering.documentElement)) {
      if (isWord(element, 'abstractNum')) {
        const id = attr(element, 'abstractNumId') ?? '';
        const levels = new Map<number, Level>();
        for (const lvl of children(element)) if (isWord(lvl, 'lvl')) levels.set(Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl));
        this.abstracts.set(id, levels);
        // A list defined by a numbering style borrows that style's list.
        const link = attr(child(element, 'numStyleLink'), 'val');
        if (link) this.abstractLinks.set(id, link);
      } else if (isWord(element, 'num')) {
        const starts = new Map<number, number>();
        const levels = new Map<number, Level>();
        for (const override of children(element)) {
          if (!isWord(override, 'lvlOverride')) continue;
          const ilvl = Number(attr(override, 'ilvl') ?? 0);
          const start = attr(child(override, 'startOverride'), 'val');
          if (start !== undefined) starts.set(ilvl, Number(start));
          const lvl = child(override, 'lvl');
          if (lvl) levels.set(ilvl, readLevel(lvl));
        }
        this.instances.set(attr(element, 'numId') ?? '', { abstractId: attr(child(element, 'abstractNumId'), 'val') ?? '', starts, levels });
      }
    }
  }

  /** The marker Word draws before a paragraph (with its numPr and style), counting it; '' for none. */
  next(numPr: Element | undefined, styleId: string | undefined): string {
    const fromStyle = this.styleNumbering(styleId);
    const numId = attr(child(numPr, 'numId'), 'val') ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return '';
    const ilvlText = attr(child(numPr, 'ilvl'), 'val');
    const ilvl = Math.min(8, Math.max(0, ilvlText !== undefined ? Number(ilvlText) : (fromStyle.ilvl ?? 0)));
    const instance = this.instances.get(numId);
    if (!instance) return '';
    const abstractId = this.resolveAbstract(instance.abstractId);
    const levelOf = (l: number) => instance.levels.get(l) ?? this.abstracts.get(abstractId)?.get(l);
    const level = levelOf(ilvl);
    if (!level) return '';
    let counts = this.counts.get(abstractId);
    if (!counts) this.counts.set(abstractId, (counts = new Array<number | undefined>(9).fill(undefined)));
    if (!this.begun.has(numId)) {
      // A list instance with its own start value begins its count afresh where it is first used.
      this.begun.add(numId);
      for (const l of instance.starts.keys()) counts[l] = undefined;
    }
    const startOf = (l: number) => instance.starts.get(l) ?? levelOf(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restartAfter = levelOf(deeper)?.restartAfter ?? deeper;
      if (restartAfter !== 0 && ilvl + 1 <= restartAfter) counts[deeper] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none') return '';
    const marker = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const l = Number(n) - 1;
      const value = counts![l] ?? startOf(l);
      const format = level.legal && l < ilvl ? 'decimal' : (levelOf(l)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    if (marker === '') return '';
    // Word draws a tab or a space after the marker; Chinese drafts typed by hand have nothing after 、 or ）.
    return level.suffix !== '' && !/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]$/.test(marker) ? marker + level.suffix : marker;
  }

  private styleNumbering(styleId: string | undefined): StyleNumbering {
    const seen = new Set<string>();
    const found: StyleNumbering = {};
    for (let id = styleId; id && !seen.has(id); id = this.styles.get(id)?.basedOn) {
      seen.add(id);
      const style = this.styles.get(id);
      found.numId ??= style?.numId;
      found.ilvl ??= style?.ilvl;
    }
    return found;
  }

  private resolveAbstract(abstractId: string): string {
    const link = this.abstractLinks.get(abstractId);
    if (!link) return abstractId;
    const numId = this.styles.get(link)?.numId;
    const linked = numId === undefined ? undefined : this.instances.get(numId)?.abstractId;
    return linked !== undefined && linked !== abstractId ? linked : abstractId;
  }
}

function readLevel(lvl: Element): Level {
  const restart = attr(child(lvl, 'lvlRestart'), 'val');
  const suff = attr(child(lvl, 'suff'), 'val') ?? 'tab';
  return {
    start: Number(attr(child(lvl, 'start'), 'val') ?? 1),
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    restartAfter: restart === undefined ? undefined : Number(restart),
    legal: isOn(child(lvl, 'isLgl')),
    suffix: suff === 'nothing' ? '' : ' ',
  };
}

const CHINESE_DIGITS = '〇一二三四五六七八九';
const LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** A count in one of Word's number formats (ST_NumberFormat); unknown formats fall back to decimal. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : String(n);
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      // Word repeats the letter past Z: AA, BB, ...
      const letter = String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman':
      return format === 'upperRoman' ? roman(n) : roman(n).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n, CHINESE_DIGITS, '十百千');
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_DIGITS, '拾佰仟');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/\d/g, (d) => CHINESE_DIGITS[Number(d)]);
    case 'ideographTraditional':
      return HEAVENLY_STEMS[(n - 1) % 10] ?? String(n);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[(n - 1) % 12] ?? String(n);
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, numeral] of table) while (n >= value) (out += numeral), (n -= value);
  return out;
}

/** 1–9999 as counted in Chinese: 十, 十一, 二十, 一百零五, 一千零一十; larger counts stay in digits. */
function chineseCounting(n: number, digits: string, units: string): string {
  if (n <= 0 || n >= 10000) return String(n);
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const unitOf = [units[2], units[1], units[0], ''];
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const d = parts[i];
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) (out += digits[0]), (zero = false);
    // 十一 rather than 一十一 when the count starts at the tens.
    out += (d === 1 && i === 2 && out === '' && digits === CHINESE_DIGITS ? '' : digits[d]) + unitOf[i];
  }
  return out;
}
