import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listOwnedFiles } from '../emit/drift';
import { OWNED_FILES } from '../emit/owned-dirs';
import { PAGE_FILE, SOURCE_LAYOUT, SOURCE_ROOTS } from '../load/source-layout';
import type { PlannedFiles } from '../render/generator';
import { sha256 } from '../util/hash';
import { readCacheFile, writeCacheFile } from './cache-dir';
import { codeFingerprint } from './code-fingerprint';

const RUN_FILE = 'last-run.json';

interface RunRecord {
  readonly key: string;
  readonly sourceCount: number;
  /** Path → sha256 of what the sources generate (never of what is on disk). */
  readonly planned: Readonly<Record<string, string>>;
}

/** A hash of everything the plan depends on: every file under the source roots, the code, the options. */
export function sourcesKey(root: string, options: unknown): string {
  const hash = createHash('sha256').update(codeFingerprint()).update(JSON.stringify(options ?? {}));
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(path);
      // Generated files read back as sources (the contracts lock) are checked against the plan below instead.
      else if (!(OWNED_FILES as readonly string[]).includes(path)) hash.update(`\0${path}\0`).update(readFileSync(join(root, path)));
    }
  };
  for (const dir of SOURCE_ROOTS) walk(dir);
  // Hand-written pages: only the files directly in docs/, whose folders are generated.
  for (const path of handWrittenPageFiles(root)) hash.update(`\0${path}\0`).update(readFileSync(join(root, path)));
  return hash.digest('hex');
}

/**
 * When the sources, code and options are those of the last successful run, the
 * plan is known without running the pipeline; the generated files on disk are
 * still read and hashed, so a stale or edited file is never reported up to date.
 */
export function upToDateFromCache(root: string, key: string): { sourceCount: number; plannedCount: number } | undefined {
  const record = readCacheFile<RunRecord>(root, RUN_FILE);
  if (record === undefined || record.key !== key) return undefined;
  const onDisk = listOwnedFiles(root);
  const planned = Object.keys(record.planned);
  if (onDisk.length !== planned.length) return undefined;
  for (const path of onDisk) {
    const expected = record.planned[path];
    if (expected === undefined || sha256(readFileSync(join(root, path), 'utf8')) !== expected) return undefined;
  }
  return { sourceCount: record.sourceCount, plannedCount: planned.length };
}

/** The hand-written pages on disk (what the loader reads from docs/), sorted. */
export function handWrittenPageFiles(root: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(root, SOURCE_LAYOUT.docsDir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => !e.isDirectory() && PAGE_FILE.test(e.name))
    .map((e) => `${SOURCE_LAYOUT.docsDir}/${e.name}`)
    .sort();
}

export function saveRun(root: string, key: string, planned: PlannedFiles, sourceCount: number): void {
  const hashes: Record<string, string> = {};
  for (const [path, content] of planned) hashes[path] = sha256(content);
  writeCacheFile(root, RUN_FILE, { key, sourceCount, planned: hashes } satisfies RunRecord);
}
