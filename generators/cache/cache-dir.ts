import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../util/hash';

/** Ignored by git; deleting it is always safe. */
export const CACHE_DIR = '.cache-ops';

/**
 * Reads a cache file written by `writeCacheFile`. Anything unreadable, truncated
 * or edited (its checksum no longer matches) counts as no cache at all.
 */
export function readCacheFile<T>(root: string, name: string): T | undefined {
  try {
    const text = readFileSync(join(root, CACHE_DIR, name), 'utf8');
    const newline = text.indexOf('\n');
    const checksum = text.slice(0, newline);
    const body = text.slice(newline + 1);
    if (newline === -1 || checksum !== sha256(body)) return undefined;
    return JSON.parse(body) as T;
  } catch {
    return undefined;
  }
}

export function writeCacheFile(root: string, name: string, value: unknown): void {
  const dir = join(root, CACHE_DIR);
  mkdirSync(dir, { recursive: true });
  const body = JSON.stringify(value);
  const temp = join(dir, `${name}.${process.pid}.tmp`);
  writeFileSync(temp, `${sha256(body)}\n${body}`);
  renameSync(temp, join(dir, name));
}
