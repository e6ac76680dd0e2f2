import {
  CodeActionKind,
  CodeLensRefreshRequest,
  type Connection,
  createConnection,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover } from 'vscode-languageserver-types';
import * as l10n from '@vscode/l10n';
import { createReportService, exportDocx, loadRuleSettings, lookup, REPEATED_TEXT_MIN_LENGTH, type RepeatedTextOptions, type RuleSettings } from '../service';
import { OPEN_BESIDE_COMMAND } from '../protocol';
import { chosenLocale, useLocale } from './locale';
import { TypingLines } from './typingLines';
import { handlerTiming } from './timing';
import { lineBreakSafeDocument } from './lineBreakSafeDocument';
import { CorpusManager } from './corpus/corpusManager';
import { type CorpusSettings, corpusFolders, workspaceRootOf } from './corpus/corpusFolders';
import { watchCorpusProgress } from './corpus/corpusProgress';
import {
  EXPORT_DOCX_REQUEST,
  type ExportDocxParams,
  type ExportDocxReply,
  LOOKUP_REQUEST,
  type LookupParams,
  type LookupReply,
  READ_REPORT_FILE_REQUEST,
  REVIEW_REQUEST,
  type ReviewParams,
  type ReviewReply,
} from '../protocol';
import { readReportFileForClient } from './readReportFile';
import { reviewPage } from './reviewPage';

/** Pushed diagnostics wait for a pause in typing. */
const PUSH_DELAY_MS = 300;
/** Punctuation and artifact findings on the line being typed wait this long after the last keystroke. */
const TYPING_PAUSE_MS = 1500;

// The LSP front: wires the pure service to a connection. Transport (IPC for VS Code, --stdio for
// other editors) is chosen by vscode-languageserver from the command line.
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const timed = handlerTiming();
  const documents = new TextDocuments(lineBreakSafeDocument((uri, lines) => typing.changed(uri, lines)));
  // The bundle lives in dist/server (or dist/cli); the rules' documentation ships beside it in docs/.
  const service = createReportService({ ruleDocs: pathToFileURL(join(__dirname, '..', '..', 'docs', 'rules.md')).href });

  // Clients that pull diagnostics (VS Code) get coalescing and cancellation from the protocol;
  // older ones (Neovim 0.7) get them pushed after each change.
  let pullDiagnostics = false;
  // workspace/diagnostic/refresh only to clients that announce it (VS Code does); a client that does
  // not answers it with an error, which the server would log on every settings change.
  let canRefresh = false;
  const refreshDiagnostics = () => {
    if (canRefresh) connection.languages.diagnostics.refresh();
  };
  let canAskConfiguration = false;
  let canRefreshLenses = false;
  let settings: RuleSettings = {};
  let typing = new TypingLines(TYPING_PAUSE_MS);
  let workspaceRoot: string | undefined;
  let corpusFromOptions: CorpusSettings | undefined;
  // lawReport.language wins over the locale the editor announces (that is only used for `auto`).
  let editorLocale: string | undefined;
  let languageFromOptions: unknown;
  const progress = watchCorpusProgress(connection);
  const corpus = new CorpusManager({
    ...progress,
    finished: (index, milliseconds) => {
      progress.finished(index, milliseconds);
      // Findings and lenses that read the corpus change with it.
      refreshCorpusFindings();
    },
  });
  let minLength = REPEATED_TEXT_MIN_LENGTH;
  // The review page compares a folder's reports with the same corpus folders the editor uses.
  let reviewCorpus: string[] = [];
  const openUris = new Set<string>();
  // A new object whenever the sources' rules change, so cached repeated-text findings are made again.
  let repeatedOptions: RepeatedTextOptions = { minLength, excludeUris: openUris };
  const renewRepeatedOptions = () => (repeatedOptions = { minLength, excludeUris: openUris });
  const refreshCorpusFindings = () => {
    if (pullDiagnostics) refreshDiagnostics();
    else documents.all().forEach(schedulePush);
    if (canRefreshLenses) void connection.sendRequest(CodeLensRefreshRequest.type);
  };

  connection.onInitialize((params) => {
    editorLocale = params.locale;
    pullDiagnostics = params.capabilities.textDocument?.diagnostic !== undefined;
    canRefresh = params.capabilities.workspace?.diagnostics?.refreshSupport === true;
    canAskConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    const options = params.initializationOptions as
      | { rules?: unknown; typingPauseMs?: unknown; corpus?: CorpusSettings; repeatedText?: unknown; language?: unknown }
      | undefined;
    // Editors without workspace/configuration may name the language here; Chinese otherwise.
    languageFromOptions = options?.language;
    useLocale(chosenLocale(languageFromOptions, editorLocale));
    workspaceRoot = workspaceRootOf(params);
    // Editors without workspace/configuration (Neovim's simplest setups) name corpus folders here.
    corpusFromOptions = options?.corpus;
    settings = loadRuleSettings(options?.rules).rules;
    minLength = readMinLength(options?.repeatedText);
    renewRepeatedOptions();
    if (typeof options?.typingPauseMs === 'number') typing = new TypingLines(options.typingPauseMs);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: '法治报告' },
        foldingRangeProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll] },
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['（', '('] },
        referencesProvider: true,
        codeLensProvider: { resolveProvider: false },
        ...(pullDiagnostics ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'law-report' },
    };
  });

  // A failing feature answers empty and logs; it never takes the server down with it.
  const guard = <T>(name: string, empty: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      connection.console.error(`${name}: ${(error as Error)?.stack ?? String(error)}`);
      return empty;
    }
  };

  connection.onDocumentSymbol((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? guard('documentSymbol', [], () => service.documentSymbols(document, token)) : [];
  });
  connection.onFoldingRanges((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? guard('foldingRange', [], () => service.foldingRanges(document, token)) : [];
  });
  connection.onInitialized(() => void refreshSettings());
  connection.onDidChangeConfiguration(() => void refreshSettings());

  async function refreshSettings(): Promise<void> {
    let corpusSettings = corpusFromOptions;
    if (canAskConfiguration) {
      const [rules, fromEditor, language, repeatedText] = await connection.workspace
        .getConfiguration([{ section: 'lawReport.rules' }, { section: 'lawReport.corpus' }, { section: 'lawReport.language' }, { section: 'lawReport.repeatedText' }])
        .catch(() => [undefined, undefined, undefined, undefined]);
      useLocale(chosenLocale(language ?? languageFromOptions, editorLocale));
      // A new settings object also tells the diagnostics cache that messages must be made again.
      settings = loadRuleSettings(rules ?? {}).rules;
      minLength = readMinLength(repeatedText);
      renewRepeatedOptions();
      if (fromEditor) corpusSettings = { ...corpusFromOptions, ...fromEditor };
    }
    const folders = corpusFolders(corpusSettings, workspaceRoot);
    reviewCorpus = folders.all;
    corpus.configure(folders.all, folders.user);
    if (pullDiagnostics) refreshDiagnostics();
    else documents.all().forEach(schedulePush);
  }

  const diagnose = (uri: string) => {
    const document = documents.get(uri);
    if (!document) return [];
    const index = corpus.index();
    return [
      ...guard('diagnostics', [], () => service.diagnostics(document, settings)),
      ...(index ? guard('repeatedText', [], () => service.repeatedText(document, index, settings, repeatedOptions).diagnostics) : []),
    ];
  };

  /** What the writer sees now; held-back findings come back by themselves once the pause is over. */
  const shownDiagnostics = (uri: string) => {
    const { shown, dueInMs } = typing.filter(uri, timed('diagnostics', () => diagnose(uri)));
    if (dueInMs > 0) {
      clearTimeout(reveal.get(uri));
      reveal.set(
        uri,
        setTimeout(() => {
          reveal.delete(uri);
          const document = documents.get(uri);
          if (pullDiagnostics) refreshDiagnostics();
          else if (document) schedulePush(document);
        }, dueInMs + 10),
      );
    }
    return shown;
  };
  const reveal = new Map<string, NodeJS.Timeout>();

  connection.languages.diagnostics.on((params) => ({
    kind: DocumentDiagnosticReportKind.Full,
    items: shownDiagnostics(params.textDocument.uri),
  }));

  const pending = new Map<string, NodeJS.Timeout>();
  function schedulePush(document: TextDocument): void {
    if (pullDiagnostics) return;
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: shownDiagnostics(document.uri) });
      }, PUSH_DELAY_MS),
    );
  }
  documents.onDidOpen((event) => {
    openUris.add(event.document.uri);
    renewRepeatedOptions();
    schedulePush(event.document);
  });
  documents.onDidChangeContent((event) => schedulePush(event.document));

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    return guard('codeAction', [], () =>
      service.codeActions(document, params.context.diagnostics.filter((d) => d.source === 'law-report'), settings, params.context.only),
    );
  });

  connection.onHover((params, token) => timed(`hover ${params.position.line}:${params.position.character}`, () => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const index = corpus.index();
    const repeated = index ? timed('hover.repeated', () => guard('repeatedTextHover', null, () => service.repeatedTextHover(document, params.position, index, settings, repeatedOptions))) : null;
    const phrase = timed('hover.phrase', () => guard('hover', null, () => service.hover(document, params.position, corpus.state(), token)));
    if (!repeated || !phrase) return repeated ?? phrase;
    // On a repeated paragraph the comparison comes first, then what the corpus says of the phrase.
    return { contents: { kind: 'markdown', value: `${markdownOf(repeated)}\n\n---\n\n${markdownOf(phrase)}` }, range: phrase.range };
  }));
  connection.onCodeLens((params) => {
    const document = documents.get(params.textDocument.uri);
    const index = corpus.index();
    if (!document || !index) return [];
    return guard('codeLens', [], () => {
      const found = service.repeatedText(document, index, settings, repeatedOptions);
      if (found.diagnostics.length === 0) return [];
      const line = service.report(document).title?.lines[0] ?? 0;
      return found.sources.slice(0, 3).map((source) => ({
        range: { start: { line, character: 0 }, end: { line, character: 0 } },
        command: { title: l10n.t('与{0}重复 {1}%', source.label, Math.round(source.share * 100)), command: OPEN_BESIDE_COMMAND, arguments: [source.uri] },
      }));
    });
  });
  connection.onCompletion((params, token) => {
    const document = documents.get(params.textDocument.uri);
    return document ? guard('completion', [], () => service.completion(document, params.position, corpus.index(), token)) : [];
  });
  connection.onReferences((params, token) => {
    const document = documents.get(params.textDocument.uri);
    const index = corpus.index();
    return document && index ? guard('references', [], () => service.references(document, params.position, index, documents.all(), token)) : [];
  });
  connection.onRequest(LOOKUP_REQUEST, (params: LookupParams, token): LookupReply => {
    const state = corpus.state();
    if (state.kind === 'building') return { ready: false, read: state.read, total: state.total };
    // No corpus at all (seeds off, no folders): an honest empty answer, not a wait that never ends.
    if (state.kind === 'none') return { ready: true, result: { phrase: String(params.phrase ?? ''), documents: 0, occurrences: 0, hits: [] } };
    return guard<LookupReply>('lookup', { ready: true, result: undefined }, () => ({
      ready: true,
      // The quick pick asks again at each keystroke: a cancelled look-up stops its scan.
      result: lookup(state.index, String(params.phrase ?? ''), { maxHits: Math.min(Number(params.maxHits) || 200, 2000), token }),
    }));
  });
  connection.onRequest(EXPORT_DOCX_REQUEST, async (params: ExportDocxParams): Promise<ExportDocxReply> => {
    const document = documents.get(String(params?.uri));
    if (!document) return { ok: false, message: l10n.t('没有打开这份文档，无法导出：{0}', String(params?.uri)) };
    try {
      return { ok: true, base64: (await exportDocx(document.getText())).toString('base64') };
    } catch (error) {
      connection.console.error(`exportDocx: ${(error as Error)?.stack ?? String(error)}`);
      return { ok: false, message: l10n.t('导出失败：{0}', (error as Error)?.message ?? String(error)) };
    }
  });
  connection.onRequest(READ_REPORT_FILE_REQUEST, readReportFileForClient);
  connection.onRequest(REVIEW_REQUEST, (params: ReviewParams): Promise<ReviewReply> =>
    reviewPage(params, { corpusFolders: reviewCorpus, log: (line) => connection.console.warn(line) }),
  );
  connection.onShutdown(() => corpus.dispose());

  documents.onDidClose((event) => {
    openUris.delete(event.document.uri);
    renewRepeatedOptions();
    service.forget(event.document.uri);
    typing.forget(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

/** lawReport.repeatedText.minLength, when it is a sensible number of characters. */
function readMinLength(section: unknown): number {
  const value = (section as { minLength?: unknown } | undefined)?.minLength;
  return typeof value === 'number' && Number.isInteger(value) && value >= 10 ? value : REPEATED_TEXT_MIN_LENGTH;
}

function markdownOf(hover: Hover): string {
  const contents = hover.contents;
  return typeof contents === 'object' && 'kind' in contents ? contents.value : String(contents);
}

process.on('uncaughtException', (error) => {
  // Logged to stderr, which the client shows in its output channel; stdout may be the protocol.
  process.stderr.write(`law-report server: ${error?.stack ?? String(error)}\n`);
});
