import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { SOURCE_LAYOUT } from '../load/source-layout';
import { compareStrings } from '../util/canonical-json';
import type { RepoRegistry } from './load-registry';
import { normaliseManifest } from './normalise-manifest';
import { readMemberManifest } from './read-member-manifest';
import { writeAtomic } from '../util/write-atomic';

export type SyncOutcome = 'created' | 'updated' | 'unchanged' | 'reported' | 'draft-without-manifest';

export interface MemberSync {
  readonly member: string;
  readonly outcome: SyncOutcome;
  /** The repo-relative manifest path written or left alone. */
  readonly target: string;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Copies each registry member's manifest from `<workspace>/<member>/<manifestFile>`
 * into registry/projects/<member>.json. A member whose manifest is missing or invalid
 * is reported and its file in this repo left as it was; the others are still synced.
 * `workspaceLabel` is how the workspace is named in diagnostics (as the user typed it).
 */
export function syncManifests(root: string, workspace: string, workspaceLabel: string, repo: RepoRegistry): MemberSync[] {
  const results: MemberSync[] = [];
  const members = Object.entries(repo.registry.doc.members).sort(([a], [b]) => compareStrings(a, b));
  for (const [member, entry] of members) {
    const target = `${SOURCE_LAYOUT.projectsDir}/${member}.json`;
    const display = posix.join(workspaceLabel.split('\\').join('/'), member, repo.manifestFile);
    const read = readMemberManifest(join(workspace, member, repo.manifestFile), display, member, repo.validateProject);
    if (read.status === 'missing' && entry?.draft === true) {
      results.push({ member, outcome: 'draft-without-manifest', target, diagnostics: [] });
      continue;
    }
    if (read.status !== 'valid') {
      results.push({ member, outcome: 'reported', target, diagnostics: read.diagnostics });
      continue;
    }
    const content = normaliseManifest(read.doc);
    const previous = readOrUndefined(join(root, target));
    if (previous === content) {
      results.push({ member, outcome: 'unchanged', target, diagnostics: [] });
      continue;
    }
    writeAtomic(join(root, target), content);
    results.push({ member, outcome: previous === undefined ? 'created' : 'updated', target, diagnostics: [] });
  }
  return results;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}
