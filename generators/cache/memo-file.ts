import { readCacheBinary, writeCacheBinary } from './cache-dir';
import { codeFingerprint } from './code-fingerprint';
import { Memo } from './memo';

/** The catalog's entries (load → validate → model) and the render entries, each in its own file. */
const MEMO_FILES = { catalog: 'catalog-memo.bin', render: 'memo.bin' } as const;

interface MemoFile {
  readonly code: string;
  readonly entries: Array<[string, unknown]>;
}

function entriesOf(root: string, phase: keyof typeof MEMO_FILES): Array<[string, unknown]> {
  const file = readCacheBinary<MemoFile>(root, MEMO_FILES[phase]);
  return file !== undefined && file.code === codeFingerprint() ? file.entries : [];
}

/** A memo holding the last gen or check's entries, unless the code changed since. */
export function loadMemo(root: string): Memo {
  return new Memo([...entriesOf(root, 'catalog'), ...entriesOf(root, 'render')]);
}

/**
 * Only the catalog's entries of the last gen or check: what `loadCatalog` can
 * reuse (every contract's compile and example check among them), without
 * reading the pages' entries, many times larger. Read by the tools that need
 * the catalog alone; they never write it.
 */
export function loadCatalogMemo(root: string): Memo {
  return new Memo(entriesOf(root, 'catalog'));
}

export function saveMemo(root: string, memo: Memo): void {
  for (const phase of ['catalog', 'render'] as const) {
    writeCacheBinary(root, MEMO_FILES[phase], { code: codeFingerprint(), entries: memo.usedEntries(phase) } satisfies MemoFile);
  }
}
