import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, Position } from 'vscode-languageserver-types';
import type { CancellationToken } from './cancellation';
import type { CorpusIndex } from './corpus/corpusIndex';
import type { CorpusState } from './corpus/corpusState';
import { codeActions } from './features/codeActions';
import { corpusCompletions } from './features/corpusCompletion';
import { corpusHover } from './features/corpusHover';
import { corpusReferences } from './features/corpusReferences';
import { toDiagnostics } from './features/diagnostics';
import { repeatedText, repeatedTextHover, type RepeatedTextFindings, type RepeatedTextOptions } from './features/repeatedText';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { type OutlineFile, outlineJson } from './features/outlineJson';
import type { PartNumber, Report } from './report/model';
import { checkReport, ReportCache } from './reportCache';
import { parseReport } from './report/parseReport';
import { fixAll } from './rules/fixAll';
import { partsPresent } from './rules/ruleSupport';
import type { RuleSettings } from './rules/runRules';

// The facade every front end (LSP server, CLI, tests) calls, and the one module they import. Pure: text
// in, LSP types out; no connection, no file system, no `vscode`.
export interface ReportService {
  report(document: TextDocument): Report;
  documentSymbols(document: TextDocument, token?: CancellationToken): DocumentSymbol[];
  foldingRanges(document: TextDocument, token?: CancellationToken): FoldingRange[];
  outline(file: string, document: TextDocument): OutlineFile;
  /** Computed once per document version and settings object; replace the settings object to re-run. */
  diagnostics(document: TextDocument, settings?: RuleSettings): Diagnostic[];
  /**
   * Quick fixes for `inRange` and, beside them, the fix-all quick fix; the fix-all source action too.
   * `only` is the request's kind filter (LSP CodeActionContext.only).
   */
  codeActions(document: TextDocument, inRange: Diagnostic[], settings?: RuleSettings, only?: string[]): CodeAction[];
  /**
   * The document with every safe fix applied, in as many rounds as it takes (`check --fix`): a new
   * version of it, or the document itself when nothing was safe to fix.
   */
  fixAll(document: TextDocument, settings?: RuleSettings): TextDocument;
  /** The required parts the report has (part 3 also when folded into another part). */
  parts(document: TextDocument): Set<PartNumber>;
  // The corpus features scan the corpus; a cancelled `token` stops the scans, and they answer null or [].
  /** Corpus look-ups for the phrase, heading or 《title》 under the cursor. */
  hover(document: TextDocument, position: Position, corpus: CorpusState, token?: CancellationToken): Hover | null;
  /** Next heading markers at a line start; corpus continuations of the typed text elsewhere. */
  completion(document: TextDocument, position: Position, corpus: CorpusIndex | undefined, token?: CancellationToken): CompletionItem[];
  /** Every place the phrase under the cursor occurs, in the open drafts and the corpus. */
  references(document: TextDocument, position: Position, corpus: CorpusIndex, openDrafts: TextDocument[], token?: CancellationToken): Location[];
  /**
   * Paragraphs the draft repeats from corpus reports (the repeated-text rule) and how much of it each
   * source holds; computed once per document version, corpus, settings object and options.
   */
  repeatedText(document: TextDocument, corpus: CorpusIndex, settings?: RuleSettings, options?: RepeatedTextOptions, token?: CancellationToken): RepeatedTextFindings;
  /** On a repeated paragraph: its passage beside the source's, with the changes marked. */
  repeatedTextHover(document: TextDocument, position: Position, corpus: CorpusIndex, settings?: RuleSettings, options?: RepeatedTextOptions): Hover | null;
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

export interface ServiceOptions {
  /** URI of docs/rules.md, linked from each diagnostic's code. */
  ruleDocs?: string;
}

const NO_SETTINGS: RuleSettings = {};

export function createReportService(options: ServiceOptions = {}): ReportService {
  const cache = new ReportCache();
  const repeated = new Map<string, { version: number; corpus: CorpusIndex; settings: RuleSettings; options: RepeatedTextOptions; findings: RepeatedTextFindings }>();
  const repeatedFindings = (document: TextDocument, corpus: CorpusIndex, settings: RuleSettings = NO_SETTINGS, options: RepeatedTextOptions = {}, token?: CancellationToken) => {
    const kept = repeated.get(document.uri);
    if (kept && kept.version === document.version && kept.corpus === corpus && kept.settings === settings && kept.options === options) return kept.findings;
    const findings = repeatedText(document, cache.get(document), corpus, settings, options, token);
    if (!token?.isCancellationRequested) repeated.set(document.uri, { version: document.version, corpus, settings, options, findings });
    return findings;
  };
  const diagnostics = (document: TextDocument, settings: RuleSettings = NO_SETTINGS) =>
    cache.diagnostics(document, settings, (findings) => toDiagnostics(cache.get(document).lines, findings, options.ruleDocs));
  return {
    report: (document) => cache.get(document),
    documentSymbols: (document, token) => documentSymbols(cache.get(document), token),
    foldingRanges: (document, token) => foldingRanges(cache.get(document), token),
    outline: (file, document) => outlineJson(file, cache.get(document)),
    diagnostics,
    codeActions: (document, inRange, settings = NO_SETTINGS, only) =>
      codeActions(document, inRange, cache.findings(document, settings), diagnostics(document, settings), only),
    fixAll: (document, settings = NO_SETTINGS) => {
      // The texts between rounds are no version of the document: checked outside the cache, so a
      // later version of the same URI is never answered with their findings.
      const original = document.getText();
      const fixed = fixAll(original, (text) => (text === original ? cache.findings(document, settings) : checkReport(parseReport(text), settings)));
      return fixed === original ? document : TextDocument.create(document.uri, document.languageId, document.version + 1, fixed);
    },
    parts: (document) => partsPresent(cache.get(document)),
    hover: (document, position, corpus, token) => corpusHover(document, cache.get(document), position, corpus, token),
    completion: (document, position, corpus, token) => corpusCompletions(document, cache.get(document), position, corpus, token),
    references: (document, position, corpus, openDrafts, token) => corpusReferences(document, cache.get(document), position, corpus, openDrafts, token),
    repeatedText: repeatedFindings,
    repeatedTextHover: (document, position, corpus, settings, options) =>
      repeatedTextHover(document, repeatedFindings(document, corpus, settings, options), corpus, position),
    forget: (uri) => {
      cache.delete(uri);
      repeated.delete(uri);
    },
  };
}

export type { Report, PartNumber } from './report/model';
export type { OutlineFile, OutlineSymbol } from './features/outlineJson';
export { isOptionalPart, PART_NUMBERS, partLabel } from './report/parts';
export { looksLikeReport } from './report/detect';
export { newReportSnippet, snippetBody } from './templates/reportTemplates';
export { toPlainText } from './templates/snippetText';
export type { RuleSettings } from './rules/runRules';
export { loadRuleSettings } from './rules/ruleSettings';
export type { Severity } from './rules/ruleTypes';
export { RULES } from './rules/registry';
export { CORPUS_RULES } from './rules/corpusRules';
export { exportConcerns, type ExportFinding } from './export/exportConcerns';
export { CorpusBuilder } from './corpus/corpusBuilder';
export type { CorpusIndex } from './corpus/corpusIndex';
export type { CorpusState } from './corpus/corpusState';
export { lookup, type LookupHit, type LookupResult } from './features/corpusLookup';
export { similarPairs, type SimilarPair } from './repeated/similarPairs';
export { DEFAULT_MIN_LENGTH as REPEATED_TEXT_MIN_LENGTH, type RepeatedTextFindings, type RepeatedTextOptions, type RepeatedSource } from './features/repeatedText';
export type { FingerprintSource } from './repeated/fingerprintIndex';
/**
 * The draft as a GB/T 9704 .docx. The builder and the docx library load on the first export only: they take
 * longer to initialise than everything else together, and most runs of the server and the CLI never export.
 */
export async function exportDocx(text: string): Promise<Buffer> {
  // require, not import(): the test runner loads these sources as CommonJS, and esbuild keeps a required
  // module's initialisation where the require is.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { exportDocx: build } = require('./export/buildDocx') as typeof import('./export/buildDocx');
  return build(text);
}
