import { readCacheBinary, writeCacheBinary } from './cache-dir';
import { codeFingerprint } from './code-fingerprint';
import { Memo } from './memo';

const MEMO_FILE = 'memo.bin';

interface MemoFile {
  readonly code: string;
  readonly entries: Array<[string, unknown]>;
}

/** A memo holding the last run's entries, unless the code changed since. */
export function loadMemo(root: string): Memo {
  const file = readCacheBinary<MemoFile>(root, MEMO_FILE);
  return new Memo(file !== undefined && file.code === codeFingerprint() ? file.entries : []);
}

export function saveMemo(root: string, memo: Memo): void {
  writeCacheBinary(root, MEMO_FILE, { code: codeFingerprint(), entries: memo.usedEntries() } satisfies MemoFile);
}
