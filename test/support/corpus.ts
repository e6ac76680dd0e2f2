import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CorpusBuilder, type CorpusIndex } from '../../server/src/service';
import { readSeed, SEEDS_DIR, seedNames } from './documents';

/** The five seeds as the corpus, built once for all tests. */
let seeds: CorpusIndex | undefined;
export function seedCorpus(): CorpusIndex {
  if (!seeds) {
    const builder = new CorpusBuilder();
    for (const name of seedNames()) builder.add(name, pathToFileURL(join(SEEDS_DIR, name)).href, readSeed(name));
    seeds = builder.buildNow();
  }
  return seeds;
}

/** A corpus of small in-memory reports: one per string, named r0.txt, r1.txt … */
export function corpusOf(...texts: string[]): CorpusIndex {
  const builder = new CorpusBuilder();
  texts.forEach((text, i) => builder.add(`r${i}.txt`, `file:///corpus/r${i}.txt`, text));
  return builder.buildNow();
}

/** Splits "text with $$CURSOR$$ marker" into the text and the marker's offset. */
export function withCursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('$$CURSOR$$');
  if (offset < 0) throw new Error('no $$CURSOR$$ in the text');
  return { text: marked.replace('$$CURSOR$$', ''), offset };
}
