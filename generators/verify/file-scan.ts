import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { ValidateFunction } from 'ajv';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { parseJsonSource, type JsonSource } from '../load/source-file';
import { ajvDiagnostics } from '../validate/ajv-diagnostics';
import type { VerifyLimits } from './limits';
import type { RunFiles } from './run-files';
import { splitLines, type LineEvent } from './split-lines';

export interface FileScan {
  /** Lower-case hex sha256 of the bytes (undefined when the file could not be read). */
  readonly sha256: string | undefined;
  /** Lines of a JSONL file; entries of a JSON document (see `documentRecords`). */
  readonly records: number;
  readonly diagnostics: readonly Diagnostic[];
}

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of one line, or undefined when it is not UTF-8 or holds a NUL byte.
 * `isUtf8` and Buffer's decoder are native and several times faster than a fatal
 * TextDecoder call per line; JSONL lines are short and many.
 */
function utf8Text(bytes: Uint8Array): string | undefined {
  if (bytes.indexOf(0) >= 0 || !isUtf8(bytes)) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** Why a path cannot be read, as a diagnostic; undefined when it is a regular file inside the checkout. */
export function unreadable(files: RunFiles, path: string, what: string): Diagnostic | 'missing' | undefined {
  const s = files.stat(path);
  if (s.kind === 'file') return undefined;
  if (s.kind === 'missing') return 'missing';
  if (s.kind === 'dir') return diagnostic('VERIFY_NOT_A_FILE', path, '', `${what} ${path} is a folder, not a file.`, 'Write a file at this path.');
  return diagnostic(s.code, path, '', `${what} ${path} was not read: ${s.reason}.`, 'Keep every file the run writes inside the checkout, as a regular file, with a path relative to the checkout root.');
}

/**
 * Streams a JSONL file once: its sha256, its line count and, when a validator is
 * given, every line against the contract (the first `maxReportedPerFile` invalid
 * lines with line number and pointer, then one count). Memory stays at one line.
 */
export async function scanJsonl(files: RunFiles, path: string, contract: string, validate: ValidateFunction | undefined, limits: VerifyLimits): Promise<FileScan> {
  const hash = createHash('sha256');
  const diagnostics: Diagnostic[] = [];
  let records = 0;
  let invalid = 0;
  let binary = false;
  const hashed = (async function* () {
    for await (const chunk of files.chunks(path)) {
      hash.update(chunk);
      yield chunk;
    }
  })();
  const bad = (d: Diagnostic): void => {
    invalid++;
    if (invalid <= limits.maxReportedPerFile) diagnostics.push(d);
  };
  const line = (event: LineEvent): void => {
    records++;
    if (binary) return; // keep hashing and counting; one report is enough
    if (event.kind === 'too-long') {
      diagnostics.push({ ...diagnostic('VERIFY_LINE_TOO_LONG', path, '', `Line ${event.number} is ${event.bytes} bytes long, over the limit of ${limits.maxLineBytes}; it was skipped, not validated.`, `Keep each ${contract} record on one line under ${limits.maxLineBytes} bytes.`), line: event.number, column: 1 });
      return;
    }
    let bytes = event.bytes;
    if (event.number === 1 && bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b)) {
      diagnostics.push({ ...diagnostic('VERIFY_FILE_BOM', path, '', 'The file starts with a byte order mark.', 'Write UTF-8 without a BOM: JSON Lines readers read the BOM as part of the first record.'), line: 1, column: 1 });
      bytes = bytes.subarray(3);
    }
    const text = utf8Text(bytes);
    if (text === undefined) {
      binary = true;
      diagnostics.push({ ...diagnostic('VERIFY_FILE_BINARY', path, '', `Line ${event.number} is not UTF-8 text (binary data or a NUL byte); the rest of the file was not validated.`, `Write ${contract} records as UTF-8 JSON, one per line.`), line: event.number, column: 1 });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      if (!event.terminated) {
        // A line cut short is no record: counting it would report the same mistake again as a record count.
        records--;
        diagnostics.push({ ...diagnostic('VERIFY_JSONL_TRUNCATED', path, '', `The last line (${event.number}) has no newline and is not complete JSON: the file was cut short.`, 'Rerun the step that writes the file; write files completely (to a temporary name, then rename) before the manifest.'), line: event.number, column: 1 });
        return;
      }
      bad({ ...diagnostic('VERIFY_OUTPUT_INVALID', path, '', `Line ${event.number} is not JSON: ${(e as Error).message}.`, `Write one ${contract} record as JSON on each line.`), line: event.number, column: 1 });
      return;
    }
    if (validate !== undefined && !validate(value)) {
      const found = ajvDiagnostics('VERIFY_OUTPUT_INVALID', path, validate.errors, `contract ${contract}`);
      invalid++;
      if (invalid <= limits.maxReportedPerFile) {
        for (const d of found) diagnostics.push({ ...d, message: `Line ${event.number}: ${d.message}`, line: event.number, column: 1 });
      }
    }
  };
  await splitLines(hashed, limits.maxLineBytes, line);
  if (invalid > limits.maxReportedPerFile) {
    const more = invalid - limits.maxReportedPerFile;
    diagnostics.push(diagnostic('VERIFY_OUTPUT_INVALID', path, '', `${more} more invalid line${more === 1 ? '' : 's'} not listed (${invalid} of ${records} lines are invalid against ${contract}).`, `Fix the lines above first; the first ${limits.maxReportedPerFile} per file are listed.`));
  }
  return { sha256: hash.digest('hex'), records, diagnostics };
}

export interface DocumentRead {
  readonly value: unknown;
  readonly source: JsonSource | undefined;
  readonly sha256: string | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reads one JSON document whole (bounded by `maxDocumentBytes`): a BOM, binary
 * data, invalid JSON, duplicate keys and excessive nesting are each reported with
 * the file; positions come from the same JSON parser the sources use.
 */
export async function readDocument(files: RunFiles, path: string, limits: VerifyLimits): Promise<DocumentRead> {
  const s = files.stat(path);
  const none = { value: undefined, source: undefined, sha256: undefined };
  if (s.kind === 'file' && s.size > limits.maxDocumentBytes) {
    return { ...none, diagnostics: [diagnostic('VERIFY_FILE_TOO_LARGE', path, '', `The file is ${s.size} bytes, over the limit of ${limits.maxDocumentBytes} for a JSON document; it was not read.`, 'Split the document, or write it as JSONL.')] };
  }
  const parts: Uint8Array[] = [];
  const hash = createHash('sha256');
  for await (const chunk of files.chunks(path)) {
    hash.update(chunk);
    parts.push(Uint8Array.prototype.slice.call(chunk)); // chunks may share one buffer
  }
  const sha256 = hash.digest('hex');
  let bytes: Uint8Array = Buffer.concat(parts);
  const diagnostics: Diagnostic[] = [];
  if (bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b)) {
    diagnostics.push({ ...diagnostic('VERIFY_FILE_BOM', path, '', 'The file starts with a byte order mark.', 'Write UTF-8 without a BOM: JSON readers are not required to accept one.'), line: 1, column: 1 });
    bytes = bytes.subarray(3);
  }
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = utf8.decode(bytes);
  } catch {
    return { ...none, sha256, diagnostics: [...diagnostics, diagnostic('VERIFY_FILE_BINARY', path, '', 'The file is not UTF-8 text (binary data or a NUL byte).', 'Write the document as UTF-8 JSON.')] };
  }
  const parsed = parseJsonSource(path, text);
  if (parsed.diagnostics.length > 0) {
    return {
      ...none,
      sha256,
      diagnostics: [...diagnostics, ...parsed.diagnostics.map((d) => ({ ...d, code: 'VERIFY_JSON_INVALID', ...position(parsed.source, d.pointer, d) }))],
    };
  }
  return { value: parsed.source.value, source: parsed.source, sha256, diagnostics };
}

/** Contract violations in a parsed document, each at its pointer and line. */
export function documentViolations(code: string, path: string, read: DocumentRead, validate: ValidateFunction, what: string): Diagnostic[] {
  if (validate(read.value)) return [];
  return ajvDiagnostics(code, path, validate.errors, what).map((d) => ({ ...d, ...position(read.source, d.pointer, d) }));
}

function position(source: JsonSource | undefined, pointer: string, d: Diagnostic): { line?: number; column?: number } {
  if (d.line !== undefined) return { line: d.line, column: d.column ?? 1 };
  const at = source?.locate(pointer);
  return at === undefined ? {} : { line: at.line, column: at.column };
}

/**
 * Records in a JSON document, as manifests count them: the length of its list
 * named after the contract's family (`clusters` of clusters.v1, `digests` of
 * digests.l2.v1), the length of the document when it is an array, else 1.
 */
export function documentRecords(contract: string, value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const family = contract.split('.')[0] ?? '';
  const list = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[family] : undefined;
  return Array.isArray(list) ? list.length : 1;
}
