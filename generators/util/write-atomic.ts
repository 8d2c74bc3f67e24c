import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/**
 * The one way the project writes a file: its folder created, then
 * write-file-atomic (a temporary file beside it, fsync, rename), so a crash or a
 * full disk never leaves half a file and readers see the old or the new content.
 */
export function writeAtomic(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileAtomic.sync(path, content, typeof content === 'string' ? { encoding: 'utf8' } : {});
}
