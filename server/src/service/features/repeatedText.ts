import * as l10n from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, type Hover, Location, MarkupKind, type Position, Range } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { CorpusDocument } from '../corpus/corpusDocument';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Report } from '../report/model';
import { findRepeated, type RepeatedParagraph } from '../repeated/findRepeated';
import { markChanges, type Piece } from '../repeated/markChanges';
import { CORPUS_RULES } from '../rules/corpusRules';
import type { RuleSettings } from '../rules/runRules';
import type { Severity } from '../rules/ruleTypes';
import { bold, escapeMarkdown } from './corpusMarkdown';

export const REPEATED_TEXT = 'repeated-text';
/** lawReport.repeatedText.minLength's default. */
export const DEFAULT_MIN_LENGTH = 40;
/** A hover shows this much of a passage on each side; longer ones are cut. */
const HOVER_CHARS = 160;

export interface RepeatedTextOptions {
  /** Characters of one shared passage before a paragraph is a finding (lawReport.repeatedText.minLength). */
  minLength?: number;
  /** URIs that never count as sources: the draft's own file and its other versions open in the editor. */
  excludeUris?: ReadonlySet<string>;
}

/** How much of the draft one corpus report holds: for the title line's CodeLens. */
export interface RepeatedSource {
  uri: string;
  label: string;
  share: number;
}

export interface RepeatedTextFindings {
  diagnostics: Diagnostic[];
  sources: RepeatedSource[];
  paragraphs: RepeatedParagraph[];
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};
const NOTHING: RepeatedTextFindings = { diagnostics: [], sources: [], paragraphs: [] };

/**
 * Paragraphs of the draft that a corpus report already holds, verbatim or with only years, figures,
 * the organ's name and punctuation changed: one finding per paragraph, naming the report. Nothing when
 * the rule is set to off.
 */
export function repeatedText(
  document: TextDocument,
  report: Report,
  corpus: CorpusIndex,
  settings: RuleSettings,
  options: RepeatedTextOptions,
  token?: CancellationToken,
): RepeatedTextFindings {
  const setting = settings[REPEATED_TEXT];
  if (setting === 'off') return NOTHING;
  const severity = SEVERITY[setting ?? CORPUS_RULES.find((r) => r.code === REPEATED_TEXT)!.defaultSeverity];
  const excluded = options.excludeUris ?? new Set<string>();
  const result = findRepeated(
    {
      text: report.text,
      organisation: report.title?.organisation ?? null,
      paragraphs: report.lines.filter((line) => line.end > line.contentStart).map((line) => ({ start: line.contentStart, end: line.end })),
    },
    corpus.fingerprints,
    (index) => (excluded.has(corpus.documents[index].uri) ? null : { text: corpus.documentText(index), organisation: corpus.documents[index].organisation }),
    { minLength: options.minLength ?? DEFAULT_MIN_LENGTH },
    token,
  );
  return {
    diagnostics: result.paragraphs.map((p) => toDiagnostic(document, corpus, p, severity)),
    sources: result.sources.map(({ source, share }) => ({ uri: corpus.documents[source].uri, label: describeSource(corpus.documents[source]), share })),
    paragraphs: result.paragraphs,
  };
}

/** The hover on a repeated paragraph: the draft's passage beside the source's, with what changed in bold. */
export function repeatedTextHover(document: TextDocument, findings: RepeatedTextFindings, corpus: CorpusIndex, position: Position): Hover | null {
  const offset = document.offsetAt(position);
  const found = findings.paragraphs.find((p) => p.paragraph.start <= offset && offset <= p.paragraph.end);
  if (!found) return null;
  const source = corpus.documents[found.source];
  const sourceText = corpus.documentText(found.source);
  const draftPassage = cut(document.getText().slice(found.draftSpan.start, found.draftSpan.end));
  const sourcePassage = cut(sourceText.slice(found.sourceSpan.start, found.sourceSpan.end));
  const changes = markChanges(draftPassage, sourcePassage);
  const link = sourceLink(corpus, found);
  const value = [
    l10n.t('**本段与{0}重复 {1} 字**（占本段 {2}%）', escapeMarkdown(describeSource(source)), found.repeated, Math.round(found.share * 100)),
    '',
    `${l10n.t('本稿：')}${markdownOf(changes.draft)}${draftPassage.length < found.draftSpan.end - found.draftSpan.start ? '…' : ''}`,
    '',
    `[${l10n.t('来源：')}](${link})${markdownOf(changes.source)}${sourcePassage.length < found.sourceSpan.end - found.sourceSpan.start ? '…' : ''}`,
    '',
    l10n.t('粗体为改动之处。'),
  ].join('\n');
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: Range.create(document.positionAt(found.paragraph.start), document.positionAt(found.paragraph.end)),
  };
}

function toDiagnostic(document: TextDocument, corpus: CorpusIndex, p: RepeatedParagraph, severity: DiagnosticSeverity): Diagnostic {
  const source = corpus.documents[p.source];
  const diagnostic = Diagnostic.create(
    Range.create(document.positionAt(p.paragraph.start), document.positionAt(p.paragraph.end)),
    l10n.t('本段有 {0} 字与{1}相同或仅改动了年份、数字、机关名称和标点（占本段 {2}%）。', p.repeated, describeSource(source), Math.round(p.share * 100)),
    severity,
    REPEATED_TEXT,
    'law-report',
  );
  const { range } = sourceRange(corpus, p);
  diagnostic.relatedInformation = [DiagnosticRelatedInformation.create(Location.create(source.uri, range), l10n.t('来源段落'))];
  return diagnostic;
}

function sourceRange(corpus: CorpusIndex, p: RepeatedParagraph): { range: Range } {
  const start = corpus.documentStart(p.source);
  const from = corpus.position(start + p.sourceSpan.start, p.source);
  const to = corpus.position(start + p.sourceSpan.end, p.source);
  return { range: Range.create(from.line, from.character, to.line, to.character) };
}

/** Opens the source at the passage: VS Code reads `#L9,46` as a selection. */
function sourceLink(corpus: CorpusIndex, p: RepeatedParagraph): string {
  const { range } = sourceRange(corpus, p);
  return `${corpus.documents[p.source].uri}#L${range.start.line + 1},${range.start.character + 1}`;
}

function cut(text: string): string {
  const chars = [...text];
  return chars.length > HOVER_CHARS ? chars.slice(0, HOVER_CHARS).join('') : text;
}

function markdownOf(pieces: Piece[]): string {
  return pieces.map((piece) => (piece.changed ? bold(piece.text) : escapeMarkdown(piece.text))).join('');
}

/** 《遂宁市科学技术局2020年度法治政府建设工作报告》 — or the organ and year when the report has no title. */
export function describeSource(source: CorpusDocument): string {
  if (source.title) return `《${source.title}》`;
  const organ = source.organisation ?? source.file;
  return source.year ? l10n.t('{0}（{1}年）', organ, source.year) : organ;
}
