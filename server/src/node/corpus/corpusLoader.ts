import { pathToFileURL } from 'node:url';
import { CorpusBuilder, type CorpusIndex } from '../../service';
import { listReportFiles, type ReportFileEntry } from '../files/listReportFiles';
import { readCorpusFile } from './readCorpusFile';

/** A built corpus and what it knows of each file, so the next build re-reads only what changed. */
export interface LoadedCorpus {
  index: CorpusIndex;
  files: Map<string, { size: number; mtimeMs: number; document: number }>;
}

export interface LoadOptions {
  /** The last build: files with the same size and time are taken from it, not re-read. */
  previous?: LoadedCorpus;
  /** One line per file or folder left out. */
  log?: (line: string) => void;
  progress?: (read: number, total: number) => void;
  /** Called between documents; a server returns a promise that yields to its event loop now and then. */
  pause?: () => Promise<void> | void;
  /** Checked between documents: a newer build is wanted, stop this one. */
  cancelled?: () => boolean;
  /** How a file is named in hits (the CLI shows paths as the user typed them). */
  displayPath?: (path: string) => string;
  maxFiles?: number;
  /** False when the index only answers look-ups: the repeated-text fingerprints are not made. */
  fingerprints?: boolean;
}

export class LoadCancelled extends Error {}

/** Files read at once: enough to keep the disk busy, few enough to bound memory. */
const READ_AHEAD = 16;

export async function loadCorpus(folders: string[], options: LoadOptions = {}): Promise<LoadedCorpus> {
  const log = options.log ?? (() => undefined);
  const listing = await listReportFiles(folders, options.maxFiles);
  listing.problems.forEach(log);
  const builder = new CorpusBuilder({ fingerprints: options.fingerprints });
  const files: LoadedCorpus['files'] = new Map();
  const previous = options.previous;
  const total = listing.files.length;

  const read = (file: ReportFileEntry) => {
    const known = previous?.files.get(file.path);
    if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) return Promise.resolve({ reuse: known.document });
    return readCorpusFile(file);
  };

  for (let from = 0; from < total; from += READ_AHEAD) {
    const batch = listing.files.slice(from, from + READ_AHEAD);
    const results = await Promise.all(batch.map(read));
    for (let i = 0; i < batch.length; i++) {
      if (options.cancelled?.()) throw new LoadCancelled();
      const file = batch[i];
      const result = results[i];
      if ('skipped' in result) {
        log(result.skipped);
        continue;
      }
      const uri = pathToFileURL(file.path).href;
      const display = options.displayPath?.(file.path) ?? file.path;
      if ('reuse' in result && previous) {
        const document = previous.index.documents[result.reuse];
        builder.add(display, uri, previous.index.documentText(result.reuse), document);
      } else if ('text' in result) {
        builder.add(display, uri, result.text);
      }
      files.set(file.path, { size: file.size, mtimeMs: file.mtimeMs, document: builder.size - 1 });
      await options.pause?.();
    }
    options.progress?.(Math.min(from + READ_AHEAD, total), total);
  }
  const steps = builder.build();
  for (;;) {
    if (options.cancelled?.()) throw new LoadCancelled();
    const step = steps.next();
    if (step.done) return { index: step.value, files };
    await options.pause?.();
  }
}

/** A pause that yields to the event loop once `sliceMs` of work has passed since the last yield. */
export function timeSlices(sliceMs: number): () => Promise<void> | void {
  let since = performance.now();
  return () => {
    if (performance.now() - since < sliceMs) return;
    return new Promise<void>((resolve) =>
      setImmediate(() => {
        since = performance.now();
        resolve();
      }),
    );
  };
}
