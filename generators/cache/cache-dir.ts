import { readFileSync } from 'node:fs';
import { writeAtomic } from '../util/write-atomic';
import { deserialize, serialize } from 'node:v8';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
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
  const body = JSON.stringify(value);
  writeAtomic(join(root, CACHE_DIR, name), `${sha256(body)}\n${body}`);
}

/**
 * The same for large values (the memo): V8's own serialisation, several times
 * faster than JSON for tens of megabytes of strings. A 64-character checksum of
 * the payload comes first.
 */
export function readCacheBinary<T>(root: string, name: string): T | undefined {
  try {
    const data = readFileSync(join(root, CACHE_DIR, name));
    const checksum = data.subarray(0, 64).toString('latin1');
    const payload = data.subarray(64);
    if (checksum !== createHash('sha256').update(payload).digest('hex')) return undefined;
    return deserialize(payload) as T;
  } catch {
    return undefined;
  }
}

export function writeCacheBinary(root: string, name: string, value: unknown): void {
  const payload = serialize(value);
  writeAtomic(join(root, CACHE_DIR, name), Buffer.concat([Buffer.from(createHash('sha256').update(payload).digest('hex'), 'latin1'), payload]));
}
