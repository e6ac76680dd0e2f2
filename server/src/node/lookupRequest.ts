import type { LookupResult } from '../service';

/** The search command's request: the client's quick pick asks as the writer types. */
export const LOOKUP_REQUEST = 'lawReport/lookup';

export interface LookupParams {
  phrase: string;
  maxHits?: number;
}

/** Not ready while the first index is built: the client says so instead of showing nothing. */
export type LookupReply = { ready: true; result: LookupResult | undefined } | { ready: false; read: number; total: number };
