import { readCacheFile, writeCacheFile } from './cache-dir';
import { codeFingerprint } from './code-fingerprint';
import { startMemo, usedMemoEntries } from './memo';

const MEMO_FILE = 'memo.json';

interface MemoFile {
  readonly code: string;
  readonly entries: Array<[string, unknown]>;
}

/** Starts the memo from the last run's entries, unless the code changed since. */
export function loadMemo(root: string): void {
  const file = readCacheFile<MemoFile>(root, MEMO_FILE);
  startMemo(file !== undefined && file.code === codeFingerprint() ? file.entries : []);
}

export function saveMemo(root: string): void {
  writeCacheFile(root, MEMO_FILE, { code: codeFingerprint(), entries: usedMemoEntries() } satisfies MemoFile);
}
