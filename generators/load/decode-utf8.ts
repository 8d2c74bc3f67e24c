import { isUtf8 } from 'node:buffer';
import { SourceRejected } from './source-rejected';

/** Decodes strict UTF-8: invalid bytes are refused with their offset, never replaced by U+FFFD. */
export function decodeUtf8(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const offset = firstInvalidByte(bytes);
  throw new SourceRejected('SOURCE_INVALID_UTF8', `The file is not valid UTF-8: the byte at offset ${offset} (0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}) starts no valid character.`, 'Save the file as UTF-8 (editors call it "UTF-8" or "UTF-8 without BOM").');
}

function firstInvalidByte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The whole character must decode on its own (this also refuses overlong forms and surrogates).
    if (!isUtf8(bytes.subarray(i, i + length))) return i;
    i += length;
  }
  return bytes.length;
}
