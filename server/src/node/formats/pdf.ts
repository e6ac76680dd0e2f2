import * as l10n from '@vscode/l10n';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FormatRead } from './formatRead';
import { type PageRuns, pdfPagesToText } from './pdfText';

// PDF through pdf.js (Mozilla's reader, its legacy build for Node): the text runs of every page with
// their positions, turned into report lines by pdfText. A hostile or huge PDF is bounded by a page
// cap and a time cap; pdf.js runs in this process (its "fake worker"), so the cap is checked
// between pages.

export const MAX_PDF_PAGES = 200;
export const MAX_PDF_MILLISECONDS = 20_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** Loaded on first use: most reports are not PDFs, and pdf.js is the largest part of the bundle. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    const global = globalThis as Record<string, unknown>;
    // pdf.js's drawing code makes a few canvas objects as it loads and, in Node, looks for the native
    // @napi-rs/canvas to supply them. Text extraction never draws and the bundle ships no native
    // module, so empty stand-ins do, and the warnings about the missing canvas are not the user's business.
    for (const name of ['DOMMatrix', 'ImageData', 'Path2D']) global[name] ??= class {};
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      // The worker's message handler, installed where pdf.js looks for it, lets pdf.js parse in this
      // thread without loading a worker script from disk (the bundle has none).
      global.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
      return await import('pdfjs-dist/legacy/build/pdf.mjs');
    } finally {
      console.warn = warn;
    }
  })();
  return pdfjs;
}

/**
 * Adobe's CMaps for Chinese fonts that are not embedded: copied beside the bundles by the build
 * (dist/pdf-cmaps), or pdf.js's own when running from source. Undefined when neither is there.
 */
function cMapFolder(): string | undefined {
  const bundled = join(__dirname, '..', 'pdf-cmaps');
  if (existsSync(bundled)) return bundled + '/';
  try {
    return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps') + '/';
  } catch {
    return undefined;
  }
}

export async function readPdf(bytes: Buffer, limits = { pages: MAX_PDF_PAGES, milliseconds: MAX_PDF_MILLISECONDS }): Promise<FormatRead> {
  // A download cut short ends before the %%EOF marker; pdf.js would quietly read what it can.
  if (!Buffer.from(bytes.subarray(Math.max(0, bytes.length - 2048))).includes('%%EOF')) {
    return { problem: l10n.t('PDF 文件不完整（没有文件结尾，可能下载或复制未完成）') };
  }
  const { getDocument } = await loadPdfJs();
  const started = Date.now();
  const task = getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    cMapUrl: cMapFolder(),
    cMapPacked: true,
  });
  try {
    const document = await task.promise;
    if (document.numPages > limits.pages) {
      return { problem: l10n.t('PDF 共 {0} 页，超过上限 {1} 页（年度报告通常不超过几十页），未读取', document.numPages, limits.pages) };
    }
    const pages: PageRuns[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      if (Date.now() - started > limits.milliseconds) {
        return { problem: l10n.t('PDF 读取超时（{0} 秒内只读完 {1} 页，共 {2} 页）', limits.milliseconds / 1000, n - 1, document.numPages) };
      }
      const page = await document.getPage(n);
      // Normalisation would fold compatibility characters; a report's full-width marks stay as written.
      const content = await page.getTextContent({ disableNormalization: true });
      const runs: PageRuns['runs'] = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // Rotated text is a watermark or a stamp, not a line of the report.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0 || d <= 0) continue;
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(c, d) });
      }
      pages.push({ width: page.view[2] - page.view[0], height: page.view[3] - page.view[1], runs });
      page.cleanup();
    }
    const text = pdfPagesToText(pages);
    if (text.replace(/\s/g, '').length < 20) {
      return { problem: l10n.t('PDF 中没有可检查的文字（可能是扫描件）：请提供 Word 文件或可复制文字的 PDF') };
    }
    return { text };
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'PasswordException') return { problem: l10n.t('PDF 设有打开密码（已加密），无法读取：请提供未加密的文件') };
    if (name === 'InvalidPDFException') return { problem: l10n.t('不是有效的 PDF 文件（{0}）', l10n.t('文件已损坏')) };
    return { problem: l10n.t('PDF 无法读取（{0}）', String((error as Error)?.message ?? error).split('\n')[0].slice(0, 120)) };
  } finally {
    await task.destroy();
  }
}
