import {
  type Connection,
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createReportService } from '../service';
import { useLocale } from './locale';

// The LSP front: wires the pure service to a connection. Transport (IPC for VS Code, --stdio for
// other editors) is chosen by vscode-languageserver from the command line.
export function startServer(): Connection {
  const connection = createConnection(ProposedFeatures.all);
  const documents = new TextDocuments(TextDocument);
  const service = createReportService();

  connection.onInitialize((params) => {
    useLocale(params.locale);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: '法治报告' },
        foldingRangeProvider: true,
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
  documents.onDidClose((event) => service.forget(event.document.uri));

  documents.listen(connection);
  connection.listen();
  return connection;
}

process.on('uncaughtException', (error) => {
  // Logged to stderr, which the client shows in its output channel; stdout may be the protocol.
  process.stderr.write(`law-report server: ${error?.stack ?? String(error)}\n`);
});
