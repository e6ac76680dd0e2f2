import JSZip from 'jszip';

// Reads back what a .docx says about its layout: page geometry, footers and, per paragraph, its
// text and the font and size each run ends up with once styles and document defaults are applied.
// Only the WordprocessingML the tests need; enough regular expressions for files docx writes.

export interface RunLook {
  text: string;
  eastAsia: string | undefined;
  ascii: string | undefined;
  /** Half-points, as w:sz. */
  size: number | undefined;
}

export interface ParagraphLook {
  style: string | undefined;
  text: string;
  /** The text with the title's line breaks kept as \n. */
  lines: string[];
  runs: RunLook[];
  alignment: string | undefined;
  firstLine: number;
  left: number;
  right: number;
  /** Exact line spacing in twips, or undefined when not exact. */
  exactLine: number | undefined;
  characterSpacing: number;
}

export interface DocxLook {
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number; footer: number };
  paragraphs: ParagraphLook[];
  footers: { odd: ParagraphLook[]; even: ParagraphLook[] };
  evenAndOddFooters: boolean;
  /** The raw footer XML, for the page number field. */
  footerXml: { odd: string; even: string };
  /** The font table: each font named and the alternate Word takes where it is missing. */
  fontTable: { name: string; altName: string | undefined }[];
}

const attr = (xml: string, tag: string, name: string): string | undefined =>
  new RegExp(`<w:${tag}\\b[^>]*?\\bw:${name}="([^"]*)"`).exec(xml)?.[1];
const num = (value: string | undefined): number | undefined => (value === undefined ? undefined : Number(value));

interface Props {
  eastAsia?: string;
  ascii?: string;
  size?: number;
  alignment?: string;
  firstLine?: number;
  left?: number;
  right?: number;
  line?: number;
  lineRule?: string;
  characterSpacing?: number;
}

function runProps(rPr: string): Props {
  return {
    eastAsia: attr(rPr, 'rFonts', 'eastAsia'),
    ascii: attr(rPr, 'rFonts', 'ascii'),
    size: num(attr(rPr, 'sz', 'val')),
    characterSpacing: num(attr(rPr, 'spacing', 'val')),
  };
}

function paragraphProps(pPr: string): Props {
  return {
    alignment: attr(pPr, 'jc', 'val'),
    firstLine: num(attr(pPr, 'ind', 'firstLine')),
    left: num(attr(pPr, 'ind', 'left') ?? attr(pPr, 'ind', 'start')),
    right: num(attr(pPr, 'ind', 'right') ?? attr(pPr, 'ind', 'end')),
    line: num(attr(pPr, 'spacing', 'line')),
    lineRule: attr(pPr, 'spacing', 'lineRule'),
  };
}

const section = (xml: string, tag: string): string => new RegExp(`<w:${tag}>([\\s\\S]*?)</w:${tag}>`).exec(xml)?.[1] ?? '';

/** Later props win where they say something. */
function merge(...layers: Props[]): Props {
  const out: Props = {};
  for (const layer of layers) for (const [k, v] of Object.entries(layer)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

export async function readDocx(bytes: Uint8Array): Promise<DocxLook> {
  const zip = await JSZip.loadAsync(bytes);
  const file = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const [documentXml, stylesXml, settingsXml, relsXml, fontTableXml] = await Promise.all([
    file('word/document.xml'),
    file('word/styles.xml'),
    file('word/settings.xml'),
    file('word/_rels/document.xml.rels'),
    file('word/fontTable.xml'),
  ]);

  const defaults = section(stylesXml, 'docDefaults');
  const base = merge(runProps(section(defaults, 'rPr')), paragraphProps(section(defaults, 'pPr')));
  const styles = new Map<string, { basedOn?: string; props: Props }>();
  for (const m of stylesXml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    styles.set(m[1], { basedOn: attr(m[2], 'basedOn', 'val'), props: merge(paragraphProps(section(m[2], 'pPr')), runProps(section(m[2], 'rPr'))) });
  }
  const styleProps = (id: string | undefined): Props => {
    const style = id ? styles.get(id) : undefined;
    return style ? merge(styleProps(style.basedOn), style.props) : {};
  };

  const paragraphsOf = (xml: string): ParagraphLook[] =>
    [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => {
      const body = m[1] ?? '';
      const pPr = section(body, 'pPr');
      const style = attr(pPr, 'pStyle', 'val');
      const paragraph = merge(base, styleProps(style), paragraphProps(pPr));
      const runs = [...body.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => {
        const own = merge(paragraph, runProps(section(r[1], 'rPr')));
        const text = [...r[1].matchAll(/<w:br\/>|<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => (t[0] === '<w:br/>' ? '\n' : t[1])).join('');
        return { text, eastAsia: own.eastAsia, ascii: own.ascii, size: own.size, characterSpacing: own.characterSpacing };
      });
      const joined = runs.map((r) => r.text).join('');
      const first = runs[0] ? merge(paragraph, runProps(section(body.slice(body.indexOf('<w:r>')), 'rPr'))) : paragraph;
      return {
        style,
        text: joined.replace(/\n/g, ''),
        lines: joined.split('\n'),
        runs: runs.map(({ characterSpacing: _, ...run }) => run),
        alignment: paragraph.alignment,
        firstLine: paragraph.firstLine ?? 0,
        left: paragraph.left ?? 0,
        right: paragraph.right ?? 0,
        exactLine: paragraph.lineRule === 'exact' ? paragraph.line : undefined,
        characterSpacing: first.characterSpacing ?? 0,
      };
    });

  const sectPr = section(documentXml, 'sectPr') || /<w:sectPr\b[\s\S]*?<\/w:sectPr>/.exec(documentXml)?.[0] || '';
  const footerTarget = (type: string) => {
    const id = new RegExp(`<w:footerReference\\b(?=[^>]*w:type="${type}")[^>]*r:id="([^"]+)"`).exec(sectPr)?.[1];
    const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(relsXml) : null;
    return target ? `word/${target[1] ?? target[2]}` : '';
  };
  const [oddXml, evenXml] = await Promise.all([file(footerTarget('default')), file(footerTarget('even'))]);
  return {
    page: {
      width: Number(attr(sectPr, 'pgSz', 'w')),
      height: Number(attr(sectPr, 'pgSz', 'h')),
      top: Number(attr(sectPr, 'pgMar', 'top')),
      bottom: Number(attr(sectPr, 'pgMar', 'bottom')),
      left: Number(attr(sectPr, 'pgMar', 'left')),
      right: Number(attr(sectPr, 'pgMar', 'right')),
      footer: Number(attr(sectPr, 'pgMar', 'footer')),
    },
    paragraphs: paragraphsOf(section(documentXml, 'body')),
    footers: { odd: paragraphsOf(oddXml), even: paragraphsOf(evenXml) },
    evenAndOddFooters: /<w:evenAndOddHeaders\b(?![^>]*w:val="(?:false|0)")/.test(settingsXml),
    footerXml: { odd: oddXml, even: evenXml },
    fontTable: [...fontTableXml.matchAll(/<w:font\b[^>]*w:name="([^"]*)"[^>]*(?:\/>|>([\s\S]*?)<\/w:font>)/g)].map((m) => ({
      name: m[1],
      altName: attr(m[2] ?? '', 'altName', 'val'),
    })),
  };
}

/** Twips to millimetres. */
export function mm(twips: number): number {
  return (twips / 1440) * 25.4;
}
