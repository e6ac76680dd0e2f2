import fc from 'fast-check';

// Generators of drafts as a writer might paste them: heading markers of every variant, the words the
// rules look for, punctuation of both widths, control characters, lone and paired surrogates, and
// every kind of line break. Most pieces are drawn from lists so that rules actually fire; a share of
// single random code units keeps the generator from only ever producing what we thought of.

const MARKERS = [
  '一、', '二、', '三、', '四、', '五、', '十一、', '一．', '一.', '（一）', '（二）', '（三）', '(一)', '(二)', '（一）、',
  '1.', '2.', '3.', '1、', '2、', '1．', '１．', '１.', '（1）', '（2）', '(1)', '(3)', '一是', '二是', '三是', '四是',
  '第一', '第二部分', '〇、', '百、', '0.', '999.', '（0）',
];

const WORDS = [
  '法治政府建设', '主要举措和成效', '存在的不足和原因', '存在问题', '原因', '第一责任人', '党政主要负责人履行推进法治建设第一责任人职责',
  '下一年度推进法治政府建设的主要安排', '2025年工作计划', '其他需要报告的情况', '无', '特此报告', 'XX市司法局', 'XX县',
  '2024年度法治政府建设情况报告', '关于2023年度法治政府建设情况的报告', '工作总结', '现将有关情况报告如下', '市委法治建设办',
  '2025年3月24日', '2025.3.24', '2025-03-24', '2025年03月05日', '二〇二五年三月二十四日', '2021-2025年', '2021—2025年',
  '习近平新时代中国特色社会主义思想', '社会主意思想', '二十大会议精神', '党的二十大精神', '习近平法治思想', '两个维护', '法制', '法治',
  '《中华人民共和国行政复议法》', '《民法典》', '“八五”普法', '妥否，请批示', '请予审批', '[bookmark: _GoBack]', '[bookmark: _Hlk26169348]',
  '您当前的位置：首页>>政务公开', '来源：', '发布时间：2025-03-01 15:34', '扫一扫在手机打开当前页', 'https://example.gov.cn/a.html',
  '3.5', '15:34', 'ABC', 'GB/T 9704', '67286家', '推进', '行政执法三项制度', '法律顾问制度', '建设', '全面', '依法', '行政',
];

const PUNCTUATION = [...'，,。.；;：:？?！!（(）)《》〈〉“”‘’"\'、—-－…·　 \t[]【】〔〕<>'];

/** Characters that break naive code: controls, BOM, zero-width, separators, surrogates alone and paired. */
const ODD = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200d', '\ufeff',
  '\u2028', '\u2029', '\ufffd', '\ud800', '\udbff', '\udc00', '\udfff', '𠮷', '𪚥', '😀', '\ud842\udfb7', 'e\u0301',
];

const BREAKS = ['\n', '\n', '\n', '\r\n', '\r\n', '\r', '\n\n', '\r\n\r\n'];

/** Any single UTF-16 code unit, surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const cjk: fc.Arbitrary<string> = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));

/** A word with one code unit replaced, dropped or added, by odd characters too: the near misses rules look for. */
const mutatedWord = fc
  .tuple(fc.constantFrom(...WORDS), fc.nat(), fc.constantFrom('replace', 'drop', 'add'), fc.oneof(fc.constantFrom(...ODD), cjk))
  .map(([word, n, how, odd]) => {
    const at = n % (word.length + 1);
    if (how === 'add') return word.slice(0, at) + odd + word.slice(at);
    return word.slice(0, at) + (how === 'replace' ? odd : '') + word.slice(at + 1);
  });

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: mutatedWord },
  { weight: 4, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 3, arbitrary: fc.array(cjk, { minLength: 1, maxLength: 6 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: codeUnit },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3000 }).map(String) },
);

/** Indentation as drafts have it: none, spaces, full-width spaces, a tab, or a Word bookmark. */
const indent = fc.constantFrom('', '', '', '  ', '\u3000\u3000', '\t', '[bookmark: _GoBack]', ' \u3000');

/** A line that starts with a heading marker more often than chance, as a report's lines do. */
const line: fc.Arbitrary<string> = fc
  .tuple(indent, fc.option(fc.constantFrom(...MARKERS), { freq: 2 }), fc.array(piece, { maxLength: 10 }))
  .map(([pad, marker, pieces]) => pad + (marker ?? '') + pieces.join(''));

/** Lines in any order: what a paste of anything gives. */
const looseLines = fc.array(line, { maxLength: 40 });

const TITLES = ['XX市司法局2024年度法治政府建设情况报告', 'XX县人民政府', '关于2023年度法治政府建设工作情况的报告', 'XX局2024年法治政府建设工作总结', '法治政府建设年度报告', ''];
const DATES = ['2025年3月24日', '2025.3.24', '2025-03-24', '2025年03月05日', '二〇二五年三月二十四日', '2024年3月1日', '2026年1月', '2025年13月40日'];

/** A report's shape (title, addressee, opening, numbered parts with bodies, 特此报告, signature, date) with noise in every line. */
const reportLines = fc
  .tuple(
    fc.subarray(TITLES, { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...MARKERS), fc.array(piece, { maxLength: 4 }), fc.array(line, { maxLength: 3 })), { maxLength: 8 }),
    fc.array(line, { maxLength: 2 }),
    fc.constantFrom(...DATES),
  )
  .map(([title, parts, tail, date]) => [
    ...title,
    '市委法治建设办：',
    '现将有关情况报告如下：',
    ...parts.flatMap(([marker, heading, body]) => [marker + heading.join(''), ...body]),
    '特此报告。',
    ...tail,
    'XX市司法局',
    date,
  ]);

/** A whole draft: lines joined by a mix of LF, CRLF and CR, sometimes with a BOM. */
export const fuzzDraft: fc.Arbitrary<string> = fc
  .tuple(fc.boolean(), fc.oneof(looseLines, reportLines), fc.infiniteStream(fc.constantFrom(...BREAKS)), fc.constantFrom('', '\n', '\r\n', '\r'))
  .map(([bom, lines, breaks, last]) => {
    const next = breaks[Symbol.iterator]();
    return (bom ? '\ufeff' : '') + lines.map((text) => text + next.next().value).join('') + last;
  });

/** A draft with offsets into it where a hover, completion or references request is asked. */
export const draftWithOffsets: fc.Arbitrary<{ text: string; offsets: number[] }> = fuzzDraft.chain((text) =>
  fc.array(fc.integer({ min: 0, max: text.length }), { minLength: 1, maxLength: 4 }).map((offsets) => ({ text, offsets })),
);

/** A fixed seed makes CI reproducible; FUZZ_SEED explores, FUZZ_RUNS scales every property. */
export function fuzzParameters(defaultRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20250301;
  const scale = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) / FUZZ_TOTAL_RUNS : 1;
  return { seed, numRuns: Math.max(1, Math.round(defaultRuns * scale)) };
}

/** The number of drafts the properties try together by default. */
export const FUZZ_TOTAL_RUNS = 100_000;
