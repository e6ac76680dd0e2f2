// Whether a plaintext file is a 法治政府建设 report, judged from its opening lines the way a reader
// would: a title mentioning 法治政府 (or 依法行政) and a report-like 文种 near the top.
const OPENING_CHARS = 1500;

export function looksLikeReport(text: string): boolean {
  const head = text.slice(0, OPENING_CHARS).replace(/\s+/g, '');
  return /(?:法治政府|法治建设|依法行政)[^。]{0,20}(?:报告|总结|汇报)/.test(head);
}
