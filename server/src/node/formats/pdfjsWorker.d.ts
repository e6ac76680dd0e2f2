// pdf.js publishes no types for its worker module; only its message handler is used, by pdf.js itself.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
