import * as l10n from '@vscode/l10n';
import { basename } from '../corpus/pathName';
import { partLabel } from './partLabels';
import type { LookupHit, LookupResult } from './corpusLookup';

// Markdown pieces shared by the corpus hovers: passages with the phrase in bold, each with its report
// and a link that opens the corpus file at that line.

/** Escapes Markdown's special characters so report text shows as written. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~]/g, '\\$&');
}

/** "某市司法局 · 2024年", or the file name when the report names no organisation. */
export function reportName(hit: Pick<LookupHit, 'organisation' | 'year' | 'file'>): string {
  const who = hit.organisation ?? basename(hit.file);
  return hit.year === null ? who : l10n.t('{0} · {1}年', who, hit.year);
}

export function hitLink(hit: Pick<LookupHit, 'uri' | 'line'>): string {
  return `${hit.uri}#L${hit.line + 1}`;
}

export function passages(result: LookupResult): string {
  return result.hits
    .map((hit) => {
      const part = hit.part === null ? '' : `（${partLabel(hit.part)}）`;
      const text = `${escapeMarkdown(hit.before)}**${escapeMarkdown(hit.match)}**${escapeMarkdown(hit.after)}`;
      return `- [${escapeMarkdown(reportName(hit))}](${hitLink(hit)})${escapeMarkdown(part)}：${text}`;
    })
    .join('\n');
}
