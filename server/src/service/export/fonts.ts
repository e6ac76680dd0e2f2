// Font names as Word and WPS on a Chinese system know them. The East Asian name is what Chinese text
// is set in; ASCII and hAnsi cover digits and Latin letters. The _GB2312 fonts and 方正小标宋简体 are on
// every government machine that prints 公文; a bare Chinese Windows lacks them, so the font table also
// names, for each, the alternate every Chinese Windows has (仿宋, 楷体, 宋体, 黑体): Word takes the
// alternate instead of setting every line in one default font.

export interface FontSet {
  eastAsia: string;
  ascii: string;
  hAnsi: string;
}

function font(eastAsia: string, latin = 'Times New Roman'): FontSet {
  return { eastAsia, ascii: latin, hAnsi: latin };
}

/** Per GB/T 9704-2012: title 小标宋, level-1 headings 黑体, level 2 楷体, body and levels 3–4 仿宋. */
export const FONTS = {
  title: font('方正小标宋简体'),
  body: font('仿宋_GB2312'),
  heading1: font('黑体'),
  heading2: font('楷体_GB2312'),
  // 7.5: page numbers in half-width 宋体 digits, the dashes too.
  pageNumber: font('宋体', '宋体'),
} as const;

interface FontTableEntry {
  name: string;
  /** w:altName: the font Word uses when `name` is not installed. */
  alternate?: string;
  /** w:family, as Word records these fonts. */
  family: 'roman' | 'modern' | 'script' | 'swiss' | 'auto';
  pitch: 'fixed' | 'variable';
  /** w:charset: 86 is GB2312. */
  charset: '86' | '00';
}

/** Every font the document names, with the alternates a Chinese Windows has. */
export const FONT_TABLE: readonly FontTableEntry[] = [
  { name: '方正小标宋简体', alternate: '宋体', family: 'roman', pitch: 'variable', charset: '86' },
  { name: '仿宋_GB2312', alternate: '仿宋', family: 'modern', pitch: 'fixed', charset: '86' },
  { name: '楷体_GB2312', alternate: '楷体', family: 'script', pitch: 'fixed', charset: '86' },
  { name: '黑体', alternate: 'SimHei', family: 'modern', pitch: 'fixed', charset: '86' },
  { name: '宋体', alternate: 'SimSun', family: 'auto', pitch: 'variable', charset: '86' },
  { name: 'Times New Roman', family: 'roman', pitch: 'variable', charset: '00' },
];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** word/fontTable.xml with an entry per font; the docx library writes entries only for embedded fonts. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map(
    (f) =>
      `<w:font w:name="${escape(f.name)}">` +
      (f.alternate ? `<w:altName w:val="${escape(f.alternate)}"/>` : '') +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    fonts +
    '</w:fonts>'
  );
}
