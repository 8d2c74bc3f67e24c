import { readCacheBinary, writeCacheBinary } from './cache-dir';
import { codeFingerprint } from './code-fingerprint';
import { startMemo, usedMemoEntries } from './memo';

const MEMO_FILE = 'memo.bin';

interface MemoFile {
  readonly code: string;
  readonly entries: Array<[string, unknown]>;
}

/** Starts the memo from the last run's entries, unless the code changed since. */
export function loadMemo(root: string): void {
  const file = readCacheBinary<MemoFile>(root, MEMO_FILE);
  startMemo(file !== undefined && file.code === codeFingerprint() ? file.entries : []);
}

export function saveMemo(root: string): void {
  writeCacheBinary(root, MEMO_FILE, { code: codeFingerprint(), entries: usedMemoEntries() } satisfies MemoFile);
}
