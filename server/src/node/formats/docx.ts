import * as l10n from '@vscode/l10n';
import JSZip from 'jszip';
import { posix } from 'node:path';
import { docxArchiveProblem } from '../files/docxArchive';
import type { FormatRead } from './formatRead';
import { WordNumbering } from './wordNumbering';
import { attr, child, children, isOn, isWord, parseXml } from './wordXml';

// A .docx as a person sees it in Word: paragraphs in order with Word's list numbers drawn, table
// rows as lines of tab-separated cells, tracked changes accepted, and what is not body text
// (comments, headers, footers, footnote marks, page-number fields, hidden text) left out.

const OFFICE_DOCUMENT = /\/officeDocument$/;
/**
 * Fields whose result is not report text: page numbers, and a table of contents (its lines repeat
 * the headings, which the outline and the numbering check would count twice).
 */
const PAGE_FIELDS = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES|SECTION|PAGEREF|TOC)\b/i;

export async function readDocx(bytes: Buffer): Promise<FormatRead> {
  // The zip bomb checks run before anything is inflated.
  let problem: string | undefined;
  try {
    problem = await docxArchiveProblem(bytes);
  } catch (error) {
    return { problem: l10n.t('不是有效的 Word 文档（{0}）', firstLine(error)) };
  }
  if (problem) return { problem };
  try {
    const zip = await JSZip.loadAsync(bytes);
    const main = await mainPart(zip);
    const documentXml = await zip.file(main)?.async('string');
    if (documentXml === undefined) return { problem: l10n.t('不是 Word 文档（压缩包中没有 word/document.xml）') };
    const related = await relatedParts(zip, main);
    const load = async (path: string | undefined) => {
      const xml = path === undefined ? undefined : await zip.file(path)?.async('string');
      return xml === undefined ? undefined : parseXml(xml);
    };
    const numbering = new WordNumbering(await load(related.numbering), await load(related.styles));
    const body = child(parseXml(documentXml).documentElement, 'body');
    return { text: body ? new BodyText(numbering).blocks(body).join('\n') : '' };
  } catch (error) {
    return { problem: l10n.t('不是有效的 Word 文档（{0}）', firstLine(error)) };
  }
}

async function mainPart(zip: JSZip): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  const target = rels ? relationshipTargets(rels, '', OFFICE_DOCUMENT)[0] : undefined;
  return target && zip.file(target) ? target : 'word/document.xml';
}

async function relatedParts(zip: JSZip, main: string): Promise<{ numbering?: string; styles?: string }> {
  const dir = posix.dirname(main);
  const rels = await zip.file(posix.join(dir, '_rels', `${posix.basename(main)}.rels`))?.async('string');
  if (!rels) return { numbering: posix.join(dir, 'numbering.xml'), styles: posix.join(dir, 'styles.xml') };
  return { numbering: relationshipTargets(rels, dir, /\/numbering$/)[0], styles: relationshipTargets(rels, dir, /\/styles$/)[0] };
}

function relationshipTargets(xml: string, dir: string, type: RegExp): string[] {
  const out: string[] = [];
  const doc = parseXml(xml);
  const list = doc.getElementsByTagName('Relationship');
  for (let i = 0; i < list.length; i++) {
    const rel = list[i];
    if (!type.test(rel.getAttribute('Type') ?? '') || rel.getAttribute('TargetMode') === 'External') continue;
    const target = rel.getAttribute('Target') ?? '';
    out.push(target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target)));
  }
  return out;
}

interface Field {
  instruction: string;
  inResult: boolean;
}

class BodyText {
  private readonly fields: Field[] = [];

  constructor(private readonly numbering: WordNumbering) {}

  /** Lines of a block container (the body, a table cell, a content control). */
  blocks(container: Element): string[] {
    const lines: string[] = [];
    // A paragraph whose mark was deleted (a tracked change) runs on into the next one.
    let carried = '';
    for (const element of children(container)) {
      if (isWord(element, 'p')) {
        const text = carried + this.paragraph(element);
        const pPr = child(element, 'pPr');
        if (child(child(pPr, 'rPr'), 'del')) carried = text;
        else {
          lines.push(...text.split('\n'));
          carried = '';
        }
      } else if (isWord(element, 'tbl')) {
        for (const row of children(element)) if (isWord(row, 'tr')) lines.push(this.row(row));
      } else if (isWord(element, 'sdt')) {
        const content = child(element, 'sdtContent');
        if (content && !isTableOfContents(element)) lines.push(...this.blocks(content));
      } else if (isWord(element, 'customXml') || isWord(element, 'ins') || isWord(element, 'moveTo')) {
        lines.push(...this.blocks(element));
      }
    }
    if (carried) lines.push(...carried.split('\n'));
    return lines;
  }

  private row(row: Element): string {
    const cells: string[] = [];
    for (const cell of children(row)) {
      if (isWord(cell, 'tc')) cells.push(this.blocks(cell).filter((line) => line !== '').join(''));
      else if (isWord(cell, 'sdt')) {
        const content = child(cell, 'sdtContent');
        for (const inner of content ? children(content) : []) if (isWord(inner, 'tc')) cells.push(this.blocks(inner).filter((l) => l !== '').join(''));
      }
    }
    return cells.join('\t');
  }

  private paragraph(p: Element): string {
    const pPr = child(p, 'pPr');
    const marker = this.numbering.next(child(pPr, 'numPr'), attr(child(pPr, 'pStyle'), 'val'));
    return marker + this.inline(p);
  }

  private inline(container: Element): string {
    let text = '';
    for (const element of children(container)) {
      if (isWord(element, 'r')) text += this.run(element);
      else if (isWord(element, 'del') || isWord(element, 'moveFrom')) continue;
      else if (isWord(element, 'fldSimple')) {
        if (!PAGE_FIELDS.test(attr(element, 'instr') ?? '')) text += this.inline(element);
      } else if (isWord(element, 'sdt')) {
        const content = child(element, 'sdtContent');
        if (content) text += this.inline(content);
      } else if (['ins', 'moveTo', 'hyperlink', 'smartTag', 'customXml', 'bdo', 'dir'].some((name) => isWord(element, name))) {
        text += this.inline(element);
      }
    }
    return text;
  }

  private run(run: Element): string {
    const hidden = isOn(child(child(run, 'rPr'), 'vanish'));
    let text = '';
    for (const element of children(run)) {
      if (isWord(element, 'fldChar')) {
        const type = attr(element, 'fldCharType');
        if (type === 'begin') this.fields.push({ instruction: '', inResult: false });
        else if (type === 'separate' && this.fields.length) this.fields[this.fields.length - 1].inResult = true;
        else if (type === 'end') this.fields.pop();
        continue;
      }
      if (isWord(element, 'instrText')) {
        if (this.fields.length) this.fields[this.fields.length - 1].instruction += element.textContent ?? '';
        continue;
      }
      if (hidden || !this.showing()) continue;
      if (isWord(element, 't')) text += element.textContent ?? '';
      else if (isWord(element, 'tab') || isWord(element, 'ptab')) text += '\t';
      else if (isWord(element, 'br')) text += attr(element, 'type') === 'page' || attr(element, 'type') === 'column' ? '' : '\n';
      else if (isWord(element, 'cr')) text += '\n';
      else if (isWord(element, 'noBreakHyphen')) text += '-';
    }
    return text;
  }

  /** Text is shown unless it is a field's instruction or the result of a page-number field. */
  private showing(): boolean {
    return this.fields.every((field) => field.inResult && !PAGE_FIELDS.test(field.instruction));
  }
}

/** Word wraps its generated table of contents in a content control of the "Table of Contents" gallery. */
function isTableOfContents(sdt: Element): boolean {
  const gallery = attr(child(child(child(sdt, 'sdtPr'), 'docPartObj'), 'docPartGallery'), 'val');
  return gallery === 'Table of Contents';
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0].slice(0, 120);
}
