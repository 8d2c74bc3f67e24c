import type { SchemaChange } from '../evolution/diff-schemas';
import type { AdrDoc } from '../validate/validated-sources';
import type { Catalog, Contract } from './catalog';
import { versionComparison } from './contract-comparisons';
import { supersedingVersion } from './contract-versions';
import { adrsAffecting, contractVersions } from './contract-usage';

export interface ChangelogEntry {
  readonly contract: Contract;
  /** The version before it; undefined for the first. */
  readonly previous: Contract | undefined;
  /** Classified changes from the previous version (following refs into other contracts). */
  readonly changes: readonly SchemaChange[];
  /** Accepted or proposed ADRs naming this version in `affects`. */
  readonly adrs: readonly AdrDoc[];
}

// Each version's page shows the whole family: compute it once per family and catalog.
const computed = new WeakMap<Catalog, Map<string, ChangelogEntry[]>>();

/** Every version of the contract's family, oldest first, each with what changed and why. */
export function familyChangelog(catalog: Catalog, contract: Contract): ChangelogEntry[] {
  const families = computed.get(catalog) ?? new Map<string, ChangelogEntry[]>();
  computed.set(catalog, families);
  const known = families.get(contract.family);
  if (known !== undefined) return known;
  const entries = computeChangelog(catalog, contract);
  families.set(contract.family, entries);
  return entries;
}

function computeChangelog(catalog: Catalog, contract: Contract): ChangelogEntry[] {
  const versions = contractVersions(catalog, contract);
  return versions.map((version, i) => {
    const previous = i === 0 ? undefined : versions[i - 1];
    return {
      contract: version,
      previous,
      // The consecutive pair of the family's comparisons: one diff feeds both sections of the page.
      changes: previous === undefined ? [] : (versionComparison(catalog, previous, version)?.changes ?? []),
      adrs: adrsAffecting(catalog, version.id).filter((a) => a.doc.status === 'accepted' || a.doc.status === 'proposed'),
    };
  });
}

/** The later version that replaced this one, when no member writes this one any more. */
export function supersededBy(catalog: Catalog, contract: Contract): string | undefined {
  if (contract.producers.length > 0 || contract.shared) return undefined;
  const emitters = new Map(catalog.contracts.map((c) => [c.id, c.producers]));
  return supersedingVersion(contract.id, emitters.keys(), emitters);
}
