import type { CorpusIndex } from './corpusIndex';

/**
 * What the front end knows of the corpus when a feature asks. While a rebuild runs after a change,
 * the front end keeps handing out the previous index as ready: only the first build makes features wait.
 */
export type CorpusState =
  | { kind: 'ready'; index: CorpusIndex }
  | { kind: 'building'; read: number; total: number }
  | { kind: 'none' };
