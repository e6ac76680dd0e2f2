import * as l10n from '@vscode/l10n';
import { basename } from '../corpus/pathName';
import { partLabel } from '../report/parts';
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

/** A link that opens the file at the line (and column): VS Code reads `#L9,46` as a selection. */
export function hitLink(hit: Pick<LookupHit, 'uri' | 'line'> & { character?: number }): string {
  return `${hit.uri}#L${hit.line + 1}${hit.character === undefined ? '' : `,${hit.character + 1}`}`;
}

const EDGE_PUNCTUATION = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su;

/**
 * Bold that renders next to Chinese text. CommonMark opens `**` before punctuation only when a space or
 * punctuation precedes it, so 开展**《民法典》**涉及 shows its asterisks; bolding the inside of the
 * marks (开展《**民法典**》涉及) always renders.
 */
export function bold(text: string): string {
  const [, lead, core, trail] = EDGE_PUNCTUATION.exec(text) ?? ['', '', text, ''];
  if (core === '') return escapeMarkdown(text);
  return `${escapeMarkdown(lead)}**${escapeMarkdown(core)}**${escapeMarkdown(trail)}`;
}

export function passages(result: LookupResult): string {
  return result.hits
    .map((hit) => {
      const link = `[${escapeMarkdown(reportName(hit))}](${hitLink(hit)})`;
      const text = `${escapeMarkdown(hit.before)}${bold(hit.match)}${escapeMarkdown(hit.after)}`;
      return `- ${hit.part === null ? l10n.t('{0}：{1}', link, text) : l10n.t('{0}（{1}）：{2}', link, escapeMarkdown(partLabel(hit.part)), text)}`;
    })
    .join('\n');
}
