/**
 * Generator-owned folders: everything inside is planned by a generator, nothing
 * hand-written lives there, and a file the plan does not contain is an orphan.
 */
export const OWNED_DIRS = [
  'docs/contracts',
  'docs/decisions',
  'docs/plugins',
  'docs/registry',
  'src/data/decisions',
  'src/types/contracts',
  'src/types/sources',
  'static/plugins',
  'static/schemas',
] as const;

/** Single generated files outside the owned folders. */
export const OWNED_FILES = ['schemas/contracts.lock.json'] as const;

const SAFE_PATH = /^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/;

/** The owned folder a repo-relative path lies in, or undefined. Rejects `..`, absolute and odd paths. */
export function ownerOf(path: string): string | undefined {
  if (!SAFE_PATH.test(path) || path.split('/').some((s) => s === '..' || s === '.')) return undefined;
  if ((OWNED_FILES as readonly string[]).includes(path)) return path;
  return OWNED_DIRS.find((dir) => path.startsWith(dir + '/'));
}
