import type { ContractChange, Party } from '../../src/types/sources/impact-report';
import { diffSchemas, type ContractLookup } from '../evolution/diff-schemas';
import { isBreaking } from '../evolution/format-change';
import { normativeSchema } from '../evolution/normative';
import type { Catalog, Contract } from '../model/catalog';
import { adrsAffecting, contractLayouts } from '../model/contract-usage';
import { canonicalJson, compareStrings } from '../util/canonical-json';
import { breakingFirst } from './set-changes';
import { firstChangedLine, type ImpactSide } from './side';

/**
 * Contracts added, removed, changed in place (classified by the structural
 * differ against the base) and new versions of a family (classified against
 * the version before them), each with its producers and consumers.
 */
export function contractImpact(base: ImpactSide, head: ImpactSide): ContractChange[] {
  const before = new Map(base.catalog.contracts.map((c) => [c.id, c]));
  const after = new Map(head.catalog.contracts.map((c) => [c.id, c]));
  const oldLookup = lookupOf(base.catalog);
  const newLookup = lookupOf(head.catalog);
  const out: ContractChange[] = [];
  for (const contract of head.catalog.contracts) {
    const old = before.get(contract.id);
    if (old === undefined) {
      const previous = previousVersion(head.catalog, base.catalog, contract);
      if (previous === undefined) out.push(entry(head, contract, 'added', [], null, { line: 1 }));
      else {
        // The previous version as it is now: its own in-place changes are reported separately.
        const changes = diffSchemas(newLookup(previous.id), newLookup(contract.id), { old: newLookup, new: newLookup });
        out.push(entry(head, contract, 'new-version', changes, previous.id, { line: 1, newVersion: true }));
      }
      continue;
    }
    if (canonicalJson(oldLookup(contract.id) ?? null) === canonicalJson(newLookup(contract.id) ?? null)) continue;
    const changes = diffSchemas(oldLookup(contract.id), newLookup(contract.id), { old: oldLookup, new: newLookup });
    out.push(entry(head, contract, 'changed', changes, null, { line: firstChangedLine(base, head, contract.file), breaking: changes.some(isBreaking) }));
  }
  for (const contract of base.catalog.contracts) {
    if (!after.has(contract.id)) out.push(entry(base, contract, 'removed', [], null, { line: null, breaking: true }));
  }
  return breakingFirst(out);
}

function entry(
  side: ImpactSide,
  contract: Contract,
  change: ContractChange['change'],
  changes: ContractChange['changes'],
  previous: string | null,
  options: { readonly line: number | null; readonly breaking?: boolean; readonly newVersion?: boolean },
): ContractChange {
  const catalog = side.catalog;
  const repo = (name: string): string => catalog.members.find((m) => m.name === name)?.repo ?? '';
  const writers = [...new Set(contractLayouts(catalog, contract.id).map((l) => l.member))].sort(compareStrings);
  // For a new version, every member reading any version of the family, and whether it reads this one yet.
  const readers = options.newVersion === true ? familyReaders(catalog, contract) : contract.consumers;
  const party = (member: string, readsNew: boolean | null): Party => ({ member, repo: repo(member), readsNew });
  return {
    id: contract.id,
    family: contract.family,
    change,
    breaking: options.breaking ?? false,
    file: contract.file,
    line: options.line,
    previous,
    adrs:
      options.newVersion === true
        ? adrsAffecting(catalog, contract.id)
            .filter((a) => a.doc.status === 'accepted' || a.doc.status === 'proposed')
            .map((a) => ({ id: a.doc.id, title: a.doc.title, status: a.doc.status, file: a.file }))
        : [],
    changes: changes.map((c) => ({ path: c.path, kind: c.kind, detail: c.detail, readers: c.readers, writers: c.writers })),
    producers: writers.map((m) => party(m, null)),
    consumers: readers.map((m) => party(m, options.newVersion === true ? contract.consumers.includes(m) : null)),
  };
}

function familyReaders(catalog: Catalog, contract: Contract): string[] {
  const names = new Set(catalog.contracts.filter((c) => c.family === contract.family).flatMap((c) => c.consumers));
  return [...names].sort(compareStrings);
}

/** The highest version of the family below this one, if the base already had the family. */
function previousVersion(head: Catalog, base: Catalog, contract: Contract): Contract | undefined {
  if (!base.contracts.some((c) => c.family === contract.family)) return undefined;
  return head.contracts.filter((c) => c.family === contract.family && c.major < contract.major).sort((a, b) => b.major - a.major)[0];
}

function lookupOf(catalog: Catalog): ContractLookup {
  const byId = new Map(catalog.contracts.map((c) => [c.id, c]));
  const cache = new Map<string, unknown>();
  return (id) => {
    if (!cache.has(id)) cache.set(id, byId.has(id) ? normativeSchema(byId.get(id)?.schema) : undefined);
    return cache.get(id);
  };
}
