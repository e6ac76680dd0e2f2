// What the VS Code client and the language server share, and the only server module the client
// imports: the custom requests (name, params, result) and the few pure helpers both sides must
// agree on. Standard LSP messages come from the protocol libraries, not from here.

import type { LookupHit, LookupResult } from './service/features/corpusLookup';

export type { LookupHit, LookupResult };
/** Whether a plaintext file reads as a report: the client switches its language by the same test the server's detection uses. */
export { looksLikeReport } from './service/report/detect';
/** The new-report command's snippet: the same template the server's missing-part fix fills in. */
export { newReportSnippet } from './service/templates/reportTemplates';
/** The new-report snippet as the client offers it in completion (prefixes and description from the template). */
export { WHOLE_REPORT_DESCRIPTION, WHOLE_REPORT_PREFIXES } from './service/templates/reportTemplates';
/** Which language the extension and the server speak: lawReport.language against the editor's locale. */
export { chosenLocale, isEnglish } from './node/locale';
/** How the export words what is still wrong with a draft: the editor's dialog and the CLI say it alike. */
export { exportConcerns } from './service/export/exportConcerns';
/** A hit's file name as the corpus names it (a path or a URI, either separator). */
export { basename } from './service/corpus/pathName';

/** The search command's request: the client's quick pick asks as the writer types. */
export const LOOKUP_REQUEST = 'lawReport/lookup';

export interface LookupParams {
  phrase: string;
  maxHits?: number;
}

/** Not ready while the first index is built: the client says so instead of showing nothing. */
export type LookupReply = { ready: true; result: LookupResult | undefined } | { ready: false; read: number; total: number };

/** The export command's request: the server builds the .docx, the client chooses where it goes. */
export const EXPORT_DOCX_REQUEST = 'lawReport/exportDocx';

export interface ExportDocxParams {
  /** An open document's URI; its text as the editor holds it now (saved or not) is exported. */
  uri: string;
}

/** The .docx bytes in base64 (JSON-RPC carries text), or why there are none. */
export type ExportDocxReply = { ok: true; base64: string } | { ok: false; message: string };

/**
 * The client command a repeated-text CodeLens runs: opens its one argument, a source report's URI,
 * beside the draft.
 */
export const OPEN_BESIDE_COMMAND = 'lawReport.openBeside';

/**
 * 法治报告：作为年度报告打开: the client asks for a Word or PDF report's text, so pdf.js and the Word
 * readers run in the server, off the editor's typing path and out of the client's bundle.
 */
export const READ_REPORT_FILE_REQUEST = 'lawReport/readReportFile';

export interface ReadReportFileParams {
  /** A file: URI. */
  uri: string;
}

/** The text, or one line naming the file and why it cannot be read. */
export type ReadReportFileReply = { ok: true; text: string } | { ok: false; message: string };

/** The review command's request: the server reads and checks a folder's reports and renders the reviewer's page. */
export const REVIEW_REQUEST = 'lawReport/review';

export interface ReviewParams {
  /** The folder's URI (file: only). */
  folder: string;
  /** The webview's cspSource, added to the page's Content Security Policy for images only. */
  cspSource?: string;
}

/** The page, self-contained (its own CSP and nonce), or why there is none. */
export type ReviewReply = { ok: true; html: string } | { ok: false; message: string };

/** What the review page posts when a finding or heading is clicked: open `uri` at 1-based `line`. */
export interface ReviewOpenMessage {
  type: 'open';
  uri: string;
  line: number;
}
