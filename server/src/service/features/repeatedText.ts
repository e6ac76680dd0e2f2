import * as l10n from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, Range } from 'vscode-languageserver-types';
import type { CancellationToken } from '../cancellation';
import type { CorpusDocument } from '../corpus/corpusDocument';
import type { CorpusIndex } from '../corpus/corpusIndex';
import type { Report } from '../report/model';
import { findRepeated, type RepeatedResult } from '../repeated/findRepeated';

export const REPEATED_TEXT = 'repeated-text';

export interface RepeatedTextOptions {
  /** Characters of a paragraph found in one report before it is a finding (lawReport.repeatedText.minLength). */
  minLength: number;
  severity: DiagnosticSeverity;
  /** URIs that never count as sources: the draft's own file and its other versions open in the editor. */
  excludeUris: ReadonlySet<string>;
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
}

/**
 * Paragraphs of the draft that a corpus report already holds, verbatim or with only years, figures,
 * the organ's name and punctuation changed: one finding per paragraph, naming the report.
 */
export function repeatedText(
  document: TextDocument,
  report: Report,
  corpus: CorpusIndex,
  options: RepeatedTextOptions,
  token?: CancellationToken,
): RepeatedTextFindings {
  const result = findRepeated(
    {
      text: report.text,
      organisation: report.title?.organisation ?? null,
      paragraphs: report.lines.filter((line) => line.end > line.contentStart).map((line) => ({ start: line.contentStart, end: line.end })),
    },
    corpus.fingerprints,
    (index) => (options.excludeUris.has(corpus.documents[index].uri) ? null : { text: corpus.documentText(index), organisation: corpus.documents[index].organisation }),
    { minLength: options.minLength },
    token,
  );
  return {
    diagnostics: result.paragraphs.map((p) => toDiagnostic(document, corpus, p, options.severity)),
    sources: result.sources.map(({ source, share }) => ({ uri: corpus.documents[source].uri, label: describeSource(corpus.documents[source]), share })),
  };
}

function toDiagnostic(document: TextDocument, corpus: CorpusIndex, p: RepeatedResult['paragraphs'][number], severity: DiagnosticSeverity): Diagnostic {
  const source = corpus.documents[p.source];
  const diagnostic = Diagnostic.create(
    Range.create(document.positionAt(p.paragraph.start), document.positionAt(p.paragraph.end)),
    l10n.t('本段有 {0} 字与{1}相同或仅改动了年份、数字、机关名称和标点（占本段 {2}%）。', p.repeated, describeSource(source), Math.round(p.share * 100)),
    severity,
    REPEATED_TEXT,
    'law-report',
  );
  const start = corpus.documentStart(p.source);
  const from = corpus.position(start + p.sourceSpan.start, p.source);
  const to = corpus.position(start + p.sourceSpan.end, p.source);
  diagnostic.relatedInformation = [
    DiagnosticRelatedInformation.create(
      Location.create(source.uri, Range.create(from.line, from.character, to.line, to.character)),
      l10n.t('来源段落'),
    ),
  ];
  return diagnostic;
}

/** 《遂宁市科学技术局2020年度法治政府建设工作报告》 — or the file name when the report has no title. */
export function describeSource(source: CorpusDocument): string {
  if (source.title) return `《${source.title}》`;
  const organ = source.organisation ?? source.file;
  return source.year ? l10n.t('{0}（{1}年）', organ, source.year) : organ;
}
