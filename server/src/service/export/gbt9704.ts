// Page geometry and type sizes of GB/T 9704-2012 (党政机关公文格式), in the units Word uses:
// twips (1/20 pt, 1/1440 inch) for lengths, half-points for font sizes.

const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

/** Chinese type sizes (字号) in points. */
export const TYPE_SIZE_PT = { 二号: 22, 三号: 16, 四号: 14 } as const;

/** A4, 210 × 297 mm (5.2.1). */
export const PAGE_WIDTH = mmToTwips(210); // 11906
export const PAGE_HEIGHT = mmToTwips(297); // 16838

// 5.2.2: 天头 (top margin) 37 mm, 订口 (binding side, the left margin) 28 mm, text block 156 × 225 mm.
// The other two margins are what the page leaves around the block: 210 − 28 − 156 = 26 mm on the
// right, 297 − 37 − 225 = 35 mm at the bottom.
export const MARGIN_TOP = mmToTwips(37); // 2098
export const MARGIN_LEFT = mmToTwips(28); // 1587
export const MARGIN_RIGHT = mmToTwips(210 - 28 - 156); // 1474
export const MARGIN_BOTTOM = mmToTwips(297 - 37 - 225); // 1984
export const BLOCK_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT; // 8845 ≈ 156 mm
export const BLOCK_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM; // 12756 ≈ 225 mm

/** 5.2.4: 一般每面排22行，每行排28个字. */
export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

// Lines: 12756 twips / 22 = 579.8; rounding down to an exact 579 twips (28.95 pt) keeps all 22
// lines inside the block (22 × 579 = 12738), where 580 would push the 22nd line onto the next page.
export const LINE_PITCH = Math.floor(BLOCK_HEIGHT / LINES_PER_PAGE); // 579

// Characters: 28 characters of 三号 (16 pt = 320 twips) would need 8960 twips, 115 more than the
// block's 8845. Each character therefore gets a spacing of −5 twips (−0.25 pt): 28 × 315 = 8820
// fits, 29 × 315 = 9135 does not, so a full line holds exactly 28. Justification spreads the 25
// twips left over.
export const BODY_SIZE_TWIPS = TYPE_SIZE_PT.三号 * 20; // 320
export const CHARACTER_SPACING = Math.floor(BLOCK_WIDTH / CHARS_PER_LINE) - BODY_SIZE_TWIPS; // 315 − 320 = −5
export const CHAR_PITCH = BODY_SIZE_TWIPS + CHARACTER_SPACING; // 315

/** Width of n body characters: the unit of the standard's 左空二字, 右空四字. */
export function chars(n: number): number {
  return Math.round(n * CHAR_PITCH);
}

// 7.5 页码: 4号 half-width 宋体 digits between two 一字线, the dashes 7 mm below the block; odd
// pages flush right one character in, even pages flush left one character in. Word places a footer
// by the distance from the page's bottom edge to the footer line's bottom: the dashes sit at the
// middle of a 4号 line (14 pt ≈ 5 mm), so that line ends 35 − 7 − 2.5 = 25.5 mm above the edge.
export const FOOTER_DISTANCE = mmToTwips(297 - 37 - 225 - 7 - 2.5); // 1446
export const PAGE_NUMBER_INSET = TYPE_SIZE_PT.四号 * 20; // one 4号 character, 280 twips

/** Font sizes in half-points, as w:sz takes them. */
export const HALF_POINTS = {
  title: TYPE_SIZE_PT.二号 * 2, // 44
  body: TYPE_SIZE_PT.三号 * 2, // 32
  pageNumber: TYPE_SIZE_PT.四号 * 2, // 28
} as const;
