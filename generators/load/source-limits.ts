/**
 * Documented limits on what a source may hold. Each keeps one step of the gate
 * bounded; each has its own diagnostic code when exceeded.
 */
export const SOURCE_LIMITS = {
  /** Bytes in one source file (SOURCE_TOO_LARGE). The largest real schema tested, webpack's options, is 0.3 MiB. */
  fileBytes: 4 * 1024 * 1024,
  /** Characters in one JSON string value (SOURCE_TEXT_TOO_LONG): a description, an example value. */
  textChars: 64 * 1024,
  /**
   * Characters in one Markdown paragraph of an ADR or page (SOURCE_PARAGRAPH_TOO_LONG):
   * about 5,000 words, twice the sponsor lists real READMEs hold (webpack: 20,800), while
   * GFM still parses the worst case (an unclosed `[`) in a quarter second.
   * Fenced code, HTML blocks and tables are not paragraphs.
   */
  paragraphChars: 32 * 1024,
  /** Nesting of arrays and objects in one JSON source (SOURCE_TOO_DEEP). */
  depth: 64,
} as const;
