import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listOwnedFiles } from '../emit/drift';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { PlannedFiles } from '../render/generator';
import { sha256 } from '../util/hash';
import { readCacheFile, writeCacheFile } from './cache-dir';
import { codeFingerprint } from './code-fingerprint';
import { sourceFiles } from './source-files';

const RUN_FILE = 'last-run.json';

interface RunRecord {
  readonly key: string;
  readonly sourceCount: number;
  /** Path → sha256 of what the sources generate (never of what is on disk). */
  readonly planned: Readonly<Record<string, string>>;
  /** The warnings of that run: an unchanged tree still has them, so every run reports them. */
  readonly warnings: readonly Diagnostic[];
}

/** A hash of everything the plan depends on: every file under the source roots, the code, the options. */
export function sourcesKey(root: string, options: unknown): string {
  const hash = createHash('sha256').update(codeFingerprint()).update(JSON.stringify(options ?? {}));
  const { files, links } = sourceFiles(root);
  for (const path of files) hash.update(`\0${path}\0`).update(readFileSync(join(root, path)));
  // A link is never read (the pipeline refuses it); its presence still keys the run.
  for (const path of links) hash.update(`\0link:${path}\0`);
  return hash.digest('hex');
}

/**
 * When the sources, code and options are those of the last successful run, the
 * plan is known without running the pipeline; the generated files on disk are
 * still read and hashed, so a stale or edited file is never reported up to date.
 */
export function upToDateFromCache(root: string, key: string): { sourceCount: number; plannedCount: number; warnings: readonly Diagnostic[] } | undefined {
  const record = readCacheFile<RunRecord>(root, RUN_FILE);
  if (record === undefined || record.key !== key || !Array.isArray(record.warnings)) return undefined;
  const onDisk = listOwnedFiles(root);
  const planned = Object.keys(record.planned);
  if (onDisk.length !== planned.length) return undefined;
  for (const path of onDisk) {
    const expected = record.planned[path];
    if (expected === undefined || sha256(readFileSync(join(root, path), 'utf8')) !== expected) return undefined;
  }
  return { sourceCount: record.sourceCount, plannedCount: planned.length, warnings: record.warnings };
}

export function saveRun(root: string, key: string, planned: PlannedFiles, sourceCount: number, warnings: readonly Diagnostic[]): void {
  const hashes: Record<string, string> = {};
  for (const [path, content] of planned) hashes[path] = sha256(content);
  writeCacheFile(root, RUN_FILE, { key, sourceCount, planned: hashes, warnings } satisfies RunRecord);
}
