import type { Project, Registry } from '../../src/types/sources';
import { compareStrings } from '../util/canonical-json';
import type { Located, ValidatedSources } from '../validate/validated-sources';
import { contractIdOf } from './contract-id';
import { rejectedContractIds, rejectedManifests } from '../validate/rejected-sources';
import { edgesOf, type Edge } from './registry-graph';

/** The manifest file name member repos keep at their root when the registry names none (the meta-schema default). */
export const DEFAULT_MANIFEST_FILE = 'ecosystem.manifest.json';

export interface RegistryMemberEntry {
  readonly name: string;
  readonly repo: string;
  readonly draft: boolean;
}

/**
 * The registry, the manifests and the contract schemas indexed for the cross-file
 * rules: who is a member, who emits and reads which contract, which edges exist.
 * Built from shape-valid sources only, before the catalog exists.
 */
export interface RegistryView {
  readonly registryFile: string;
  readonly registry: Registry;
  /** Registry members by name, sorted. */
  readonly members: ReadonlyMap<string, RegistryMemberEntry>;
  /**
   * Valid manifests by the member they describe: the file name `registry/projects/<name>.json`.
   * (A `name` that disagrees with its file is reported by project-name-matches-file.)
   */
  readonly manifests: ReadonlyMap<string, Located<Project>>;
  /**
   * True when some non-draft member has no valid manifest (missing, or rejected by an
   * earlier check). Verdicts that need every manifest ("nobody emits X") are then
   * withheld: the missing manifest is reported instead of a cascade of guesses.
   */
  readonly incomplete: boolean;
  /** Ids of the contracts that have a schema. */
  readonly contractIds: ReadonlySet<string>;
  /** Contracts and manifests whose files exist but were rejected (reported for themselves, not as missing). */
  readonly rejectedContracts: ReadonlySet<string>;
  readonly rejectedManifests: ReadonlySet<string>;
  readonly shared: ReadonlySet<string>;
  /** Contract id → members listing it in `outputs`, sorted. */
  readonly emitters: ReadonlyMap<string, readonly string[]>;
  readonly edges: readonly Edge[];
  /** Layer name → rank, upstream first. */
  readonly layerRank: ReadonlyMap<string, number>;
}

export function registryView(
  registry: Located<Registry>,
  projects: ReadonlyArray<Located<Project>>,
  contracts: ReadonlyArray<{ readonly file: string }>,
  rejected: { readonly contracts: ReadonlySet<string>; readonly manifests: ReadonlySet<string> } = { contracts: new Set(), manifests: new Set() },
): RegistryView {
  const members = new Map<string, RegistryMemberEntry>();
  for (const name of Object.keys(registry.doc.members).sort(compareStrings)) {
    const entry = registry.doc.members[name];
    if (entry !== undefined) members.set(name, { name, repo: entry.repo, draft: entry.draft ?? false });
  }
  const manifests = new Map<string, Located<Project>>();
  for (const p of projects) manifests.set(manifestName(p.file), p);
  const emitters = new Map<string, string[]>();
  for (const [name, { doc }] of [...manifests].sort(([a], [b]) => compareStrings(a, b))) {
    for (const id of new Set(doc.outputs.map((o) => o.contract))) {
      const list = emitters.get(id) ?? [];
      list.push(name);
      emitters.set(id, list);
    }
  }
  const contractIds = new Set(contracts.map((c) => contractIdOf(c.file)));
  return {
    registryFile: registry.file,
    registry: registry.doc,
    members,
    manifests,
    contractIds,
    rejectedContracts: rejected.contracts,
    rejectedManifests: rejected.manifests,
    shared: new Set(registry.doc.sharedContracts ?? []),
    emitters,
    incomplete: [...members.values()].some((m) => !m.draft && !manifests.has(m.name)),
    edges: edgesOf([...manifests].map(([name, { doc }]) => ({ doc: { ...doc, name } }))),
    layerRank: new Map((registry.doc.layers ?? []).map((layer, i) => [layer, i])),
  };
}

/** The view for a rule, or undefined when the registry itself is invalid (reported on its own). */
export function viewOf(sources: ValidatedSources): RegistryView | undefined {
  if (sources.registry === undefined) return undefined;
  return registryView(sources.registry, sources.projects, sources.contracts, { contracts: rejectedContractIds(sources), manifests: rejectedManifests(sources) });
}

/** `registry/projects/gpt_sessions.json` → `gpt_sessions`. */
export function manifestName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.json$/, '');
}

/** Sorted, comma-separated names, for messages that list what exists. */
export function listOf(names: Iterable<string>, none = '(none)'): string {
  const all = [...names].sort(compareStrings);
  return all.length === 0 ? none : all.join(', ');
}
