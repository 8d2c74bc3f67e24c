/** One line of a JSONL file, without its `\n`; `terminated` is false for a last line with no newline. */
export type LineEvent =
  | { readonly kind: 'line'; readonly number: number; readonly bytes: Uint8Array; readonly terminated: boolean }
  /** A line over the limit: skipped up to its newline, its bytes counted, never held. */
  | { readonly kind: 'too-long'; readonly number: number; readonly bytes: number };

/**
 * Splits a byte stream into lines while holding at most one line (up to
 * `maxLineBytes`) and one chunk. Unlike `readline`, a line that never ends cannot
 * grow without bound: past the limit its bytes are counted and dropped.
 * Each line goes to `onLine` as soon as it is complete, synchronously: an await
 * per line costs more than parsing it, and a chunk's lines gathered in an array
 * outlive young-generation collections, so the heap grew by tens of megabytes of
 * promoted garbage between full collections. A line's `bytes` may view the
 * chunk's buffer, which is reused: they are valid only during the call.
 */
export async function splitLines(chunks: AsyncIterable<Uint8Array>, maxLineBytes: number, onLine: (event: LineEvent) => void): Promise<void> {
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let overflow = -1; // bytes of the current line once it is over the limit
  let number = 1;
  const take = (): Uint8Array => {
    const out = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes);
    pending.length = 0;
    pendingBytes = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(10, start);
      const end = nl < 0 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (overflow >= 0) overflow += piece.length;
      else if (pendingBytes + piece.length > maxLineBytes) {
        overflow = pendingBytes + piece.length;
        pending.length = 0;
        pendingBytes = 0;
      } else if (piece.length > 0) {
        // The end of a chunk is a line's first part: copied, as the chunk's buffer is reused.
        pending.push(nl < 0 ? Uint8Array.prototype.slice.call(piece) : piece);
        pendingBytes += piece.length;
      }
      if (nl < 0) break;
      if (overflow >= 0) onLine({ kind: 'too-long', number, bytes: overflow });
      else onLine({ kind: 'line', number, bytes: take(), terminated: true });
      overflow = -1;
      number++;
      start = nl + 1;
    }
  }
  if (overflow >= 0) onLine({ kind: 'too-long', number, bytes: overflow });
  else if (pendingBytes > 0) onLine({ kind: 'line', number, bytes: take(), terminated: false });
}
