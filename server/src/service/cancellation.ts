/** The part of a cancellation token the service reads; LSP's and VS Code's tokens both fit. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

/**
 * A long scan looks at its token once per this many steps: often enough to stop within a fraction of
 * a millisecond, rarely enough to cost nothing in the corpus' tight loops.
 */
export const STEPS_BETWEEN_CHECKS = 1024;
