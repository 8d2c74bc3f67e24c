import { SOURCE_LAYOUT } from '../load/source-layout';
import { contractIdOf } from '../model/contract-id';
import type { ValidatedSources } from './validated-sources';

/**
 * Sources that exist but were rejected (unreadable, or failing their meta-schema),
 * known by what their file names say. Their problems are reported once, for the
 * file itself; the cross-file rules treat what they name as existing, so one bad
 * `$id` is one diagnostic, not five about a "missing" contract.
 */
export function rejectedContractIds(sources: ValidatedSources): Set<string> {
  return idsOf(sources, `${SOURCE_LAYOUT.contractsDir}/`, /^(.+)\.schema\.json$/, (m) => contractIdOf(m[0]));
}

export function rejectedManifests(sources: ValidatedSources): Set<string> {
  return idsOf(sources, `${SOURCE_LAYOUT.projectsDir}/`, /^(.+)\.json$/, (m) => m[1] ?? '');
}

export function rejectedAdrIds(sources: ValidatedSources): Set<number> {
  return new Set([...idsOf(sources, `${SOURCE_LAYOUT.adrDir}/`, /^([0-9]+)-.*\.md$/, (m) => m[1] ?? '')].map(Number));
}

export function isRejected(sources: ValidatedSources, file: string): boolean {
  return sources.rejected.has(file);
}

function idsOf(sources: ValidatedSources, dir: string, pattern: RegExp, id: (m: RegExpExecArray) => string): Set<string> {
  const out = new Set<string>();
  for (const file of sources.rejected) {
    if (!file.startsWith(dir)) continue;
    const m = pattern.exec(file.slice(dir.length));
    if (m !== null) out.add(id(m));
  }
  return out;
}
