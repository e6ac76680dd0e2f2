// Font names as Word and WPS on a Chinese system know them. The East Asian name is what Chinese text
// is set in; ASCII and hAnsi cover digits and Latin letters. The _GB2312 fonts and 方正小标宋简体 are on
// every government machine that prints 公文; where one is missing, Word and WPS substitute (see README).

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
