import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalog } from '../catalog';
import { isWarning } from '../diagnostics/diagnostic';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { diskReader, type SourceReader } from '../load/source-reader';
import type { Catalog } from '../model/catalog';
import { writeAtomic } from '../util/write-atomic';
import type { ValidateOptions } from '../validate';
import { runGen } from './gen';
import { overlayReader } from './overlay-reader';

/** What a scaffold writes, given the valid catalog and the tree: path → text, or why it refuses. */
export type Plan = (catalog: Catalog, reader: SourceReader) => ReadonlyMap<string, string> | string;

/**
 * How every scaffold ends: its files (repo-relative path → text) are validated
 * laid over the tree, by the whole gate; only when that finds no error are they
 * written, each atomically, and gen runs. When gen fails every file is restored.
 * Prints what it refused or wrote; returns the exit code.
 */
export async function applyScaffold(root: string, kind: string, plan: Plan, options: ValidateOptions = {}): Promise<number> {
  const disk = diskReader(root);
  const before = loadCatalog(disk, options);
  if (!before.ok) {
    console.error(formatDiagnostics(before.diagnostics));
    return refuse(kind, 'the sources have problems (listed above); fix them first so the new files can be checked against them');
  }
  const files = plan(before.catalog, disk);
  if (typeof files === 'string') return refuse(kind, files);
  const after = loadCatalog(overlayReader(disk, files), options);
  if (!after.ok) {
    // Only the errors: the warnings (a new draft's TODOs) are what the author fills in once it is written.
    console.error(formatDiagnostics(after.diagnostics.filter((d) => !isWarning(d))));
    const codes = [...new Set(after.diagnostics.filter((d) => !isWarning(d)).map((d) => d.code))].sort();
    return refuse(kind, `the gate would reject the new files (${codes.join(', ')}; listed above)`);
  }
  const previous = new Map<string, string | undefined>();
  for (const path of files.keys()) previous.set(path, disk.read(path));
  for (const [path, text] of files) writeAtomic(join(root, path), text);
  let code: number;
  try {
    code = await runGen({ root }, options);
  } catch (e) {
    restore(root, previous);
    throw e;
  }
  if (code !== 0) {
    restore(root, previous);
    return refuse(kind, 'gen failed (see above), so every file this command wrote was restored');
  }
  for (const [path, old] of previous) console.log(`${old === undefined ? 'created' : 'updated'} ${path}`);
  return 0;
}

export function refuse(kind: string, reason: string): number {
  console.error(`npm run new -- ${kind}: ${reason}. Nothing was written.`);
  return 1;
}

function restore(root: string, previous: ReadonlyMap<string, string | undefined>): void {
  for (const [path, old] of previous) {
    if (old === undefined) rmSync(join(root, path), { force: true });
    else writeAtomic(join(root, path), old);
  }
}

/**
 * A pattern of a meta-schema (`project`, `['$defs', 'memberName', 'pattern']`):
 * scaffolds check names with the pattern the gate checks them with, never a copy.
 */
export function metaPattern(catalog: Catalog, kind: string, path: readonly string[]): RegExp {
  let node: unknown = catalog.meta.find((m) => m.name === kind)?.schema;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  if (typeof node !== 'string') throw new Error(`schemas/meta/${kind}.schema.json has no pattern at ${path.join('/')}`);
  return new RegExp(node, 'u');
}
