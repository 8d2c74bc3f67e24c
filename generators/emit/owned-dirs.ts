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
  'static/contracts',
  'static/decisions',
  'static/plugins',
  'static/registry',
  'static/schemas',
  'static/tools',
] as const;

/** Single generated files outside the owned folders. */
export const OWNED_FILES = ['schemas/contracts.lock.json', 'static/catalog.json', 'static/llms.txt', 'static/llms-full.txt'] as const;

/**
 * Files directly in a folder, with a given ending, that are generated (and
 * only those; the folder's other files and sub-folders are not): the Markdown
 * copies of the hand-written pages, served at the site's root as `/<page>.md`.
 */
export const OWNED_FILE_PATTERNS = [{ dir: 'static', suffix: '.md' }] as const;

const SAFE_PATH = /^[A-Za-z0-9_][A-Za-z0-9._-]*(\/[A-Za-z0-9_][A-Za-z0-9._-]*)*$/;

/** The owned folder a repo-relative path lies in, or undefined. Rejects `..`, absolute and odd paths. */
export function ownerOf(path: string): string | undefined {
  if (!SAFE_PATH.test(path) || path.split('/').some((s) => s === '..' || s === '.')) return undefined;
  if ((OWNED_FILES as readonly string[]).includes(path)) return path;
  if (OWNED_FILE_PATTERNS.some((p) => isDirectlyIn(path, p.dir) && path.endsWith(p.suffix))) return path;
  return OWNED_DIRS.find((dir) => path.startsWith(dir + '/'));
}

function isDirectlyIn(path: string, dir: string): boolean {
  return path.startsWith(dir + '/') && !path.slice(dir.length + 1).includes('/');
}
