/** Bounds that keep verify's memory flat whatever a checkout holds; tests lower them. */
export interface VerifyLimits {
  /** A JSONL line longer than this is reported (VERIFY_LINE_TOO_LONG) and skipped, never buffered whole. */
  readonly maxLineBytes: number;
  /** A JSON document (run record, manifest, JSON output) larger than this is reported, not read. */
  readonly maxDocumentBytes: number;
  /** Invalid lines reported one by one per file; the rest are counted in one diagnostic. */
  readonly maxReportedPerFile: number;
}

export const DEFAULT_LIMITS: VerifyLimits = {
  maxLineBytes: 16 * 1024 * 1024,
  maxDocumentBytes: 64 * 1024 * 1024,
  maxReportedPerFile: 20,
};
