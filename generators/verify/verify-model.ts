import type { Project } from '../../src/types/sources';
import { admittedMembers, type TaxonomyEntry, type VerifyData } from './verify-data';

export type { TaxonomyEntry };

/**
 * The part of the manual the run rules read, for one member, as lookups over
 * `VerifyData`: the member's manifest, who may produce each contract, which
 * members are scratchpads, the error taxonomy.
 */
export interface VerifyModel {
  readonly member: string;
  readonly manifest: Project;
  /** Admitted members (with a manifest), by name: whether each is a scratchpad. */
  readonly members: ReadonlyMap<string, { readonly scratchpad: boolean }>;
  /** Members listing each contract in `outputs`, sorted. */
  readonly producers: ReadonlyMap<string, readonly string[]>;
  /** Contracts every member writes (manifest.v1, run_record.v1). */
  readonly sharedContracts: ReadonlySet<string>;
  readonly contracts: ReadonlySet<string>;
  readonly taxonomy: ReadonlyMap<string, TaxonomyEntry>;
  /** The member manifest file's name at the root of every member checkout. */
  readonly manifestFile: string;
}

export type ModelResult = { readonly ok: true; readonly model: VerifyModel } | { readonly ok: false; readonly known: readonly string[] };

export function verifyModel(data: VerifyData, member: string): ModelResult {
  const admitted = admittedMembers(data);
  // Own properties only: a member named like an Object method is no member.
  const manifest = Object.hasOwn(data.members, member) ? data.members[member]?.manifest : undefined;
  if (manifest === undefined || manifest === null) return { ok: false, known: admitted };
  return {
    ok: true,
    model: {
      member,
      manifest,
      members: new Map(admitted.map((name) => [name, { scratchpad: data.members[name]?.manifest?.scratchpad === true }])),
      producers: new Map(Object.entries(data.producers)),
      sharedContracts: new Set(data.sharedContracts),
      contracts: new Set(Object.keys(data.producers)),
      taxonomy: new Map(Object.entries(data.taxonomy)),
      manifestFile: data.manifestFile,
    },
  };
}
