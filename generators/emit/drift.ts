import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlannedFiles } from '../render/generator';
import { compareStrings } from '../util/canonical-json';
import { walkFiles } from '../util/walk-files';
import { OWNED_DIRS, OWNED_FILE_PATTERNS, OWNED_FILES, ownerOf } from './owned-dirs';

export interface Drift {
  /** Planned but not on disk. */
  readonly missing: readonly string[];
  /** On disk with other content than planned. */
  readonly changed: ReadonlyArray<{ readonly path: string; readonly diff: string }>;
  /** On disk in an owned folder but not planned. */
  readonly orphaned: readonly string[];
}

export function isClean(drift: Drift): boolean {
  return drift.missing.length === 0 && drift.changed.length === 0 && drift.orphaned.length === 0;
}

/** Compares the plan with the owned folders on disk. Reads only; reports every drifted path. */
export function diff(root: string, planned: PlannedFiles): Drift {
  assertPlanInsideOwnedDirs(planned);
  const onDisk = new Set(listOwnedFiles(root));
  const missing: string[] = [];
  const changed: Array<{ path: string; diff: string }> = [];
  for (const [path, content] of planned) {
    if (!onDisk.has(path)) {
      missing.push(path);
      continue;
    }
    const actual = readFileSync(join(root, path), 'utf8');
    if (actual !== content) changed.push({ path, diff: shortDiff(actual, content) });
  }
  const orphaned = [...onDisk].filter((p) => !planned.has(p)).sort(compareStrings);
  return { missing: missing.sort(compareStrings), changed, orphaned };
}

export function assertPlanInsideOwnedDirs(planned: PlannedFiles): void {
  for (const path of planned.keys()) {
    // Names are validated before they become paths; this guards the guard.
    if (ownerOf(path) === undefined) throw new Error(`Refusing to plan ${JSON.stringify(path)}: outside the generator-owned folders`);
  }
}

/** Every generated file on disk: the owned folders' files, the owned single files and the files matching an owned pattern. */
export function listOwnedFiles(root: string): string[] {
  const matching = OWNED_FILE_PATTERNS.flatMap((p) => {
    const { files, links } = walkFiles(root, p.dir, { recursive: false });
    return [...files, ...links].filter((path) => path.endsWith(p.suffix));
  });
  return [...OWNED_DIRS.flatMap((dir) => listFiles(root, dir)), ...OWNED_FILES.filter((f) => existsSync(join(root, f))), ...matching];
}

/** Files under `dir` (repo-relative POSIX paths), recursively; a link there counts as a file (an orphan unless planned). */
export function listFiles(root: string, dir: string): string[] {
  const { files, links } = walkFiles(root, dir);
  return [...files, ...links];
}

/** The first differing lines, enough to see what a hand edit or a stale file changed. */
export function shortDiff(actual: string, planned: string, context = 3): string {
  const a = actual.split('\n');
  const b = planned.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const removed = a.slice(start, Math.min(endA + 1, start + context)).map((l) => `- ${l}`);
  const added = b.slice(start, Math.min(endB + 1, start + context)).map((l) => `+ ${l}`);
  const more = endA - start + 1 > context || endB - start + 1 > context ? ['  …'] : [];
  return [`@@ line ${start + 1} (- on disk, + generated)`, ...removed, ...added, ...more].join('\n');
}
