import type { Project } from '../../src/types/sources';
import { compareStrings } from '../util/canonical-json';

/** What a taxonomy entry says about a run-record error code. */
export interface TaxonomyEntry {
  readonly retryable: boolean;
  readonly stopTheLine: boolean;
}

/**
 * Everything verify reads of the manual, as plain JSON: derived from the catalog
 * once (`catalog-manual.ts`), and embedded as it is in the published standalone verifier, so both
 * verifiers run the same rules over the same data. Validators come separately
 * (`ValidatorSource`): compiled from the catalog here, precompiled there.
 */
export interface VerifyData {
  /** The member manifest file's name at the root of every member checkout. */
  readonly manifestFile: string;
  /** Every registry member by name: its repo, and its manifest once admitted (null for a draft without one). */
  readonly members: Readonly<Record<string, { readonly repo: string; readonly manifest: Project | null }>>;
  /** Every contract id, with the members listing it in `outputs` (sorted). */
  readonly producers: Readonly<Record<string, readonly string[]>>;
  /** Contracts every member writes (manifest.v1, run_record.v1). */
  readonly sharedContracts: readonly string[];
  readonly taxonomy: Readonly<Record<string, TaxonomyEntry>>;
  /** Plugin names, sorted: each has a ledger contract. */
  readonly plugins: readonly string[];
}

/** Members with a manifest (admitted), sorted by name. */
export function admittedMembers(data: VerifyData): string[] {
  return Object.keys(data.members)
    .filter((name) => data.members[name]?.manifest !== null)
    .sort(compareStrings);
}
