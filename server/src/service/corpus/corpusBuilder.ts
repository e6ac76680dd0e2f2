import { parseReport } from '../report/parseReport';
import { bigramKey, BigramTable } from './bigramTable';
import { type CorpusDocument, describeDocument } from './corpusDocument';
import { FingerprintBuilder } from '../repeated/fingerprintIndex';
import { CorpusIndex, isBreak } from './corpusIndex';

/**
 * Builds a CorpusIndex in two passes: `add` counts each document's character pairs as it arrives,
 * `build` lays out the text and the postings. Both work one document at a time, so a caller can
 * yield between documents and keep answering requests while a large corpus is indexed.
 */
export class CorpusBuilder {
  private texts: string[] = [];
  private readonly documents: CorpusDocument[] = [];
  private readonly table = new BigramTable();
  /** Fingerprints for finding text a draft repeats from a corpus report. */
  private readonly fingerprints = new FingerprintBuilder();
  private units = 0;
  private lines = 0;

  /** `fingerprints: false` for an index that only answers look-ups (the CLI's lookup): no repeated-text sources. */
  constructor(private readonly options: { fingerprints?: boolean } = {}) {}

  get size(): number {
    return this.documents.length;
  }

  /** Adds one report. `known` reuses what an earlier index learnt of an unchanged file. */
  add(file: string, uri: string, text: string, known?: CorpusDocument): CorpusDocument {
    const document = known ?? describeDocument(file, uri, parseReport(text));
    this.documents.push(document);
    this.texts.push(text);
    this.fingerprints.add({ text: this.options.fingerprints === false ? '' : text, organisation: document.organisation });
    this.units += text.length;
    const { table } = this;
    let lines = 1;
    let previous = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 0x0a || code === 0x0d) {
        if (code === 0x0a || text.charCodeAt(i + 1) !== 0x0a) lines++;
      } else if (previous >= 0 && !isBreak(previous) && code !== 0) {
        table.add(bigramKey(previous, code));
      }
      previous = code;
    }
    this.lines += lines;
    return document;
  }

  /** Lays out the index, yielding after each document; the generator's value is the index. */
  *build(): Generator<void, CorpusIndex> {
    const { table, documents, texts } = this;
    const text = new Uint16Array(this.units + documents.length);
    const documentStarts = new Int32Array(documents.length + 1);
    const lineStarts = new Int32Array(this.lines);
    const firstLine = new Int32Array(documents.length);

    // Counts become start offsets; postingCounts keeps the counts, `next` is each slot's write cursor.
    const postingCounts = table.counts.slice();
    let total = 0;
    for (let slot = 0; slot < table.counts.length; slot++) {
      table.counts[slot] = total;
      total += postingCounts[slot];
    }
    const postings = new Int32Array(total);
    const next = table.counts.slice();
    // Per slot, the documents holding the pair: a two-character phrase's counts without a scan.
    const documentCounts = new Int32Array(table.counts.length);
    const lastDocument = new Int32Array(table.counts.length).fill(-1);

    let offset = 0;
    let line = 0;
    for (let d = 0; d < documents.length; d++) {
      const source = texts[d];
      documentStarts[d] = offset;
      firstLine[d] = line;
      lineStarts[line++] = offset;
      let previous = -1;
      for (let i = 0; i < source.length; i++) {
        const code = source.charCodeAt(i);
        text[offset + i] = code;
        if (code === 0x0a || code === 0x0d) {
          if (code === 0x0a || source.charCodeAt(i + 1) !== 0x0a) lineStarts[line++] = offset + i + 1;
        } else if (previous >= 0 && !isBreak(previous) && code !== 0) {
          const slot = table.find(bigramKey(previous, code));
          postings[next[slot]++] = offset + i - 1;
          if (lastDocument[slot] !== d) {
            lastDocument[slot] = d;
            documentCounts[slot]++;
          }
        }
        previous = code;
      }
      offset += source.length + 1; // the NUL separator stays 0
      texts[d] = '';
      yield;
    }
    documentStarts[documents.length] = offset;
    this.texts = [];
    return new CorpusIndex({
      documents,
      text,
      documentStarts,
      lineStarts: lineStarts.subarray(0, line),
      firstLine,
      table,
      postingCounts,
      documentCounts,
      postings,
      fingerprints: this.fingerprints.build(),
    });
  }

  /** Builds without yielding (the CLI and tests). */
  buildNow(): CorpusIndex {
    const steps = this.build();
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
    }
  }
}
