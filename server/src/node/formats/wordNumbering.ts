import { type ListLevel, ListCounters } from './listCounters';
import { attr, child, children, isOn, isWord } from './wordXml';

// Word's automatic list numbering in a .docx (word/numbering.xml): the 一、 or （一） before a heading is
// drawn by Word from the list's level definition and a counter, and is not in the paragraph's text.
// This reads the definitions (w:abstractNum, w:num with its overrides, lists linked through a
// numbering style, and numbering a paragraph style carries); ListCounters counts.

interface ListInstance {
  abstractId: string;
  starts: Map<number, number>;
  levels: Map<number, ListLevel>;
}

interface StyleNumbering {
  numId?: string;
  ilvl?: number;
  basedOn?: string;
}

export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, ListLevel>>();
  private readonly abstractLinks = new Map<string, string>();
  private readonly instances = new Map<string, ListInstance>();
  private readonly styles = new Map<string, StyleNumbering>();
  private readonly counters = new ListCounters();

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
        const levels = new Map<number, ListLevel>();
        for (const lvl of children(element)) if (isWord(lvl, 'lvl')) levels.set(Number(attr(lvl, 'ilvl') ?? 0), readLevel(lvl));
        this.abstracts.set(id, levels);
        // A list defined by a numbering style borrows that style's list.
        const link = attr(child(element, 'numStyleLink'), 'val');
        if (link) this.abstractLinks.set(id, link);
      } else if (isWord(element, 'num')) {
        const starts = new Map<number, number>();
        const levels = new Map<number, ListLevel>();
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
    const instance = this.instances.get(numId);
    if (!instance) return '';
    const ilvlText = attr(child(numPr, 'ilvl'), 'val');
    const abstractId = this.resolveAbstract(instance.abstractId);
    return this.counters.next({
      instance: numId,
      list: abstractId,
      level: ilvlText !== undefined ? Number(ilvlText) : (fromStyle.ilvl ?? 0),
      levelOf: (l) => instance.levels.get(l) ?? this.abstracts.get(abstractId)?.get(l),
      starts: instance.starts,
    });
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

function readLevel(lvl: Element): ListLevel {
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
