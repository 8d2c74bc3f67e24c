import type { Project } from '../../src/types/sources';
import type { Catalog } from '../model/catalog';
import { DEFAULT_MANIFEST_FILE } from '../model/registry-view';

/** What a taxonomy entry says about a run-record error code. */
export interface TaxonomyEntry {
  readonly retryable: boolean;
  readonly stopTheLine: boolean;
}

/**
 * The part of the manual verify reads, as plain data: the member's manifest, who
 * may produce each contract, which members are scratchpads, the error taxonomy.
 * Derived from the catalog once; the rules see nothing else of it, so the same
 * data can be embedded in a standalone verifier.
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

export function verifyModel(catalog: Catalog, member: string): ModelResult {
  const admitted = catalog.members.filter((m) => m.manifest !== undefined);
  const found = admitted.find((m) => m.name === member);
  if (found?.manifest === undefined) return { ok: false, known: admitted.map((m) => m.name) };
  return {
    ok: true,
    model: {
      member,
      manifest: found.manifest.doc,
      members: new Map(admitted.map((m) => [m.name, { scratchpad: m.manifest?.doc.scratchpad === true }])),
      producers: new Map(catalog.contracts.map((c) => [c.id, c.producers])),
      sharedContracts: new Set(catalog.registry.doc.sharedContracts ?? []),
      contracts: new Set(catalog.contracts.map((c) => c.id)),
      taxonomy: new Map((catalog.errorTaxonomy?.doc.errors ?? []).map((e) => [e.code, { retryable: e.retryable, stopTheLine: e.stopTheLine }])),
      manifestFile: catalog.registry.doc.manifestFile ?? DEFAULT_MANIFEST_FILE,
    },
  };
}
