import { formatNumber } from './numberFormats';

// Word's list counting, for .docx and .doc alike: a counter per list and level, lower levels
// restarting when a higher one is used (or as the level's restart limit says), start values, and a
// list instance with its own start value restarting the count where that instance is first used.

export interface ListLevel {
  start: number;
  /** A WordprocessingML number format name (decimal, chineseCounting, …). */
  format: string;
  /** The number text with %1…%9 for the levels' numbers. */
  text: string;
  /** 1-based level after whose use this level restarts; 0 never restarts; undefined for the level above. */
  restartAfter: number | undefined;
  legal: boolean;
  /** What Word draws between the number and the text ('' or ' '). */
  suffix: string;
}

export interface ListUse {
  /** The list instance (w:num / LFO): its first use restarts the levels it gives a start value. */
  instance: string;
  /** The list definition (w:abstractNum / LSTF) whose counters the instances share. */
  list: string;
  level: number;
  levelOf(level: number): ListLevel | undefined;
  starts: ReadonlyMap<number, number>;
}

export class ListCounters {
  private readonly counts = new Map<string, (number | undefined)[]>();
  private readonly begun = new Set<string>();

  /** Counts one numbered paragraph and returns the marker Word draws before it ('' for bullets and none). */
  next(use: ListUse): string {
    const ilvl = Math.min(8, Math.max(0, use.level));
    const level = use.levelOf(ilvl);
    if (!level) return '';
    let counts = this.counts.get(use.list);
    if (!counts) this.counts.set(use.list, (counts = new Array<number | undefined>(9).fill(undefined)));
    if (!this.begun.has(use.instance)) {
      this.begun.add(use.instance);
      for (const l of use.starts.keys()) counts[l] = undefined;
    }
    const startOf = (l: number) => use.starts.get(l) ?? use.levelOf(l)?.start ?? 1;
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl]! + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restartAfter = use.levelOf(deeper)?.restartAfter ?? deeper;
      if (restartAfter !== 0 && ilvl + 1 <= restartAfter) counts[deeper] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none') return '';
    const marker = level.text.replace(/%([1-9])/g, (_, n: string) => {
      const l = Number(n) - 1;
      const value = counts![l] ?? startOf(l);
      const format = level.legal && l < ilvl ? 'decimal' : (use.levelOf(l)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    if (marker === '') return '';
    // Word draws a tab or a space after the marker; Chinese drafts typed by hand have nothing after 、 or ）.
    return level.suffix !== '' && !/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]$/.test(marker) ? marker + level.suffix : marker;
  }
}
