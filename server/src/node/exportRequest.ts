/** The export command's request: the server builds the .docx, the client chooses where it goes. */
export const EXPORT_DOCX_REQUEST = 'lawReport/exportDocx';

export interface ExportDocxParams {
  /** An open document's URI; its text as the editor holds it now (saved or not) is exported. */
  uri: string;
}

/** The .docx bytes in base64 (JSON-RPC carries text), or why there are none. */
export type ExportDocxReply = { ok: true; base64: string } | { ok: false; message: string };
