import * as vscode from 'vscode';
import { newReportSnippet, WHOLE_REPORT_DESCRIPTION, WHOLE_REPORT_PREFIXES } from '../../server/src/protocol';
import { LANGUAGE_ID } from './constants';

/** The file's name (untitled editors have none worth reading a year from). */
export function fileNameOf(document: vscode.TextDocument): string | undefined {
  return document.isUntitled ? undefined : document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
}

/**
 * The whole-report template under its prefixes (报告, baogao, report …), as a snippet whose years come
 * from the file's name (2025年度…报告.txt → 2025, dated 2026) or today, which a static snippet cannot do.
 * Offered when the line so far is one word being typed, as VS Code offers its snippets.
 */
export function registerReportSnippet(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider(LANGUAGE_ID, {
      provideCompletionItems(document, position) {
        const typed = document.lineAt(position.line).text.slice(0, position.character);
        const word = /^[\s\u3000]*(\S{0,12})$/.exec(typed);
        if (!word) return [];
        const range = new vscode.Range(position.line, position.character - word[1].length, position.line, position.character);
        const body = new vscode.SnippetString(newReportSnippet(new Date(), fileNameOf(document)));
        return WHOLE_REPORT_PREFIXES.map((prefix) => {
          const item = new vscode.CompletionItem(prefix, vscode.CompletionItemKind.Snippet);
          item.insertText = body;
          item.range = range;
          item.detail = WHOLE_REPORT_DESCRIPTION;
          return item;
        });
      },
    }),
  );
}

