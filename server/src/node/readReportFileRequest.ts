// The editor opens a Word or PDF report read-only: the client asks the server for the file's text,
// so pdf.js and the Word readers run in the server process, off the editor's typing path (and out
// of the client's bundle: this file holds only the request's shape).

export const READ_REPORT_FILE_REQUEST = 'lawReport/readReportFile';

export interface ReadReportFileParams {
  /** A file: URI. */
  uri: string;
}

export type ReadReportFileReply = { ok: true; text: string } | { ok: false; message: string };
