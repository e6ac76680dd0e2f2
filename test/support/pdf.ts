import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

// LibreOffice (headless) and poppler's tools, as the PDF tests use them.

export const PDF_TOOLS = ['soffice', 'pdftotext', 'pdfinfo'];

export function missingPdfTools(): string[] {
  return PDF_TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

/**
 * In a suite's before(): skips the suite, saying what to install, when LibreOffice or poppler is missing
 * — or fails it when LAW_REPORT_REQUIRE_PDF=1 (CI), so the PDF tests cannot quietly not run.
 */
export function skipWithoutPdfTools(context: Mocha.Context): void {
  const missing = missingPdfTools();
  if (missing.length === 0) return;
  const message = `${missing.join(', ')} not found: install LibreOffice Writer and poppler (Debian: apt-get install libreoffice-writer-nogui poppler-utils fonts-wqy-microhei)`;
  if (process.env.LAW_REPORT_REQUIRE_PDF === '1') throw new Error(`LAW_REPORT_REQUIRE_PDF=1 but ${message}`);
  console.log(`      skipped: ${message}`);
  context.skip();
}

/** Converts every file in one soffice run, with a profile of its own so parallel runs do not clash. */
export function convertToPdf(files: string[], outDir: string, profileDir: string): void {
  convertWithLibreOffice(files, 'pdf', outDir, profileDir);
}

/** As convertToPdf, to any format LibreOffice writes ('doc', 'rtf', or a filter with its options). */
export function convertWithLibreOffice(files: string[], target: string, outDir: string, profileDir: string): void {
  mkdirSync(profileDir, { recursive: true });
  const result = spawnSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--headless', '--convert-to', target, '--outdir', outDir, ...files],
    { encoding: 'utf8', timeout: 170_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr}`);
}

export function pageCount(pdf: string): number {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The text of pages first..last (1-based), one string per page. */
export function pageTexts(pdf: string, first?: number, last?: number): string[] {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  const text = spawnSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' }).stdout;
  return text.split('\f').slice(0, -1);
}

export interface TextLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Lines of one page with their boxes in points from the top left, from pdftotext's word boxes. */
export function pageLines(pdf: string, page: number): TextLine[] {
  const html = spawnSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).stdout;
  const lines: TextLine[] = [];
  for (const m of html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
    const [xMin, yMin, xMax, yMax] = [m[1], m[2], m[3], m[4]].map(Number);
    // Words of one line share their vertical middle within a few points (fonts of different heights).
    const line = lines.find((l) => Math.abs((l.yMin + l.yMax) / 2 - (yMin + yMax) / 2) < 4);
    if (line) {
      line.text += m[5];
      line.xMin = Math.min(line.xMin, xMin);
      line.xMax = Math.max(line.xMax, xMax);
    } else {
      lines.push({ text: m[5], xMin, xMax, yMin, yMax });
    }
  }
  return lines.sort((a, b) => a.yMin - b.yMin);
}

