import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { LANGUAGE_ID } from './constants';
import { REPORT_FILE_SCHEME } from './wordReports';

export function startLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath('dist/server/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: LANGUAGE_ID, scheme: 'file' },
      { language: LANGUAGE_ID, scheme: 'untitled' },
      // Word and PDF reports opened read-only (法治报告：作为年度报告打开).
      { language: LANGUAGE_ID, scheme: REPORT_FILE_SCHEME },
    ],
    // The server reads lawReport.rules itself; this tells it when the settings change.
    synchronize: { configurationSection: 'lawReport' },
  };
  const client = new LanguageClient('lawReport', '法治政府建设年度报告', serverOptions, clientOptions);
  void client.start();
  return client;
}
