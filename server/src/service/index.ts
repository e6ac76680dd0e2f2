import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, Position } from 'vscode-languageserver-types';
import type { CorpusIndex } from './corpus/corpusIndex';
import type { CorpusState } from './corpus/corpusState';
import { corpusCompletions } from './features/corpusCompletion';
import { corpusHover } from './features/corpusHover';
import { corpusReferences } from './features/corpusReferences';
import { codeActions, nonOverlapping } from './features/codeActions';
import { partsPresent } from './rules/ruleSupport';
import type { PartNumber as Part } from './report/model';
import { diagnostics } from './features/diagnostics';
import type { RuleSettings } from './rules/runRules';
import type { CancellationToken } from './cancellation';
import { documentSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/folding';
import { type OutlineFile, outlineJson } from './features/outlineJson';
import type { Report } from './report/model';
import { ReportCache } from './reportCache';

// The facade every front end (LSP server, CLI, tests) calls. Pure: text in, LSP types out; no
// connection, no file system, no `vscode`.
export interface ReportService {
  report(document: TextDocument): Report;
  documentSymbols(document: TextDocument, token?: CancellationToken): DocumentSymbol[];
  foldingRanges(document: TextDocument, token?: CancellationToken): FoldingRange[];
  outline(file: string, document: TextDocument): OutlineFile;
  /** Computed once per document version and settings object; replace the settings object to re-run. */
  diagnostics(document: TextDocument, settings?: RuleSettings): Diagnostic[];
  /** Quick fixes for `inRange`; `all` (the document's diagnostics) feeds the fix-all action. */
  codeActions(uri: string, inRange: Diagnostic[], all: Diagnostic[]): CodeAction[];
  /** The required parts the report has (part 3 also when folded into another part). */
  parts(document: TextDocument): Set<Part>;
  /** Corpus look-ups for the phrase, heading or 《title》 under the cursor. */
  hover(document: TextDocument, position: Position, corpus: CorpusState): Hover | null;
  /** Next heading markers at a line start; corpus continuations of the typed text elsewhere. */
  completion(document: TextDocument, position: Position, corpus: CorpusIndex | undefined): CompletionItem[];
  /** Every place the phrase under the cursor occurs, in the open drafts and the corpus. */
  references(document: TextDocument, position: Position, corpus: CorpusIndex, openDrafts: TextDocument[]): Location[];
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
  return {
    report: (document) => cache.get(document),
    documentSymbols: (document, token) => documentSymbols(cache.get(document), token),
    foldingRanges: (document, token) => foldingRanges(cache.get(document), token),
    outline: (file, document) => outlineJson(file, cache.get(document)),
    diagnostics: (document, settings = NO_SETTINGS) =>
      cache.diagnostics(document, settings, (report) => diagnostics(document, report, settings, options.ruleDocs)),
    codeActions,
    parts: (document) => partsPresent(cache.get(document)),
    hover: (document, position, corpus) => corpusHover(document, cache.get(document), position, corpus),
    completion: (document, position, corpus) => corpusCompletions(document, cache.get(document), position, corpus),
    references: (document, position, corpus, openDrafts) => corpusReferences(document, cache.get(document), position, corpus, openDrafts),
    forget: (uri) => cache.delete(uri),
  };
}

export type { Report, Section, PartNumber, HeadingLevel } from './report/model';
export type { OutlineFile, OutlineSymbol } from './features/outlineJson';
export { partLabel } from './features/partLabels';
export { looksLikeReport } from './report/detect';
export { newReportSnippet, snippetBody } from './templates/reportTemplates';
export { toPlainText, withDefaults } from './templates/snippetText';
export type { RuleSettings } from './rules/runRules';
export type { Severity, RuleSetting } from './rules/ruleTypes';
export { MAX_FINDINGS_PER_RULE } from './rules/ruleTypes';
export { RULES } from './rules/registry';
export { isRuleSetting } from './rules/runRules';
export { nonOverlapping } from './features/codeActions';
export { exportConcerns, type ExportFinding } from './export/exportConcerns';
export type { FixData } from './features/diagnostics';
export { CorpusBuilder } from './corpus/corpusBuilder';
export type { CorpusIndex } from './corpus/corpusIndex';
export type { CorpusDocument } from './corpus/corpusDocument';
export type { CorpusState } from './corpus/corpusState';
export { lookup, type LookupHit, type LookupResult } from './features/corpusLookup';
/**
 * The draft as a GB/T 9704 .docx. The builder and the docx library load on the first export only: they take
 * longer to initialise than everything else together, and most runs of the server and the CLI never export.
 */
export async function exportDocx(text: string): Promise<Buffer> {
  // require, not import(): the test runner loads these sources as CommonJS, and esbuild keeps a required
  // module's initialisation where the require is.
  const { exportDocx: build } = require('./export/buildDocx') as typeof import('./export/buildDocx');
  return build(text);
}
