import type { PartNumber, Severity } from '../service';

/** One file as `law-report check --json` prints it. */
export interface CheckedFile {
  file: string;
  title: string | null;
  year: number | null;
  parts: Record<PartNumber, boolean>;
  diagnostics: CheckedDiagnostic[];
}

export interface CheckedDiagnostic {
  code: string;
  severity: Severity;
  /** 1-based; columns count UTF-16 code units, as editors' LSP positions do. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  /** The text of the finding's line, so a reviewer can find it in Word or a PDF reader with Ctrl+F. */
  excerpt: string;
}
