/** The part of a cancellation token the service reads; LSP's and VS Code's tokens both fit. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}
