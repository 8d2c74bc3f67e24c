import type { ContractChange, ImpactReport } from '../../src/types/sources/impact-report';
import { compareStrings } from '../util/canonical-json';
import { adrImpact } from './adr-impact';
import { contractImpact } from './contract-impact';
import { memberImpact } from './member-impact';
import { pluginImpact } from './plugin-impact';
import { policyImpact } from './policy-impact';
import type { ImpactSide } from './side';

export type SideInfo = ImpactReport['base'];

/**
 * What the change from base to head does to the ecosystem: every area
 * compared, breaking entries first, and the members who must act. Pure: two
 * catalogs in, one report out.
 */
export function compareCatalogs(base: ImpactSide, head: ImpactSide, sides: { readonly base: SideInfo; readonly head: SideInfo }): ImpactReport {
  const contracts = contractImpact(base, head);
  const members = memberImpact(base, head);
  const plugins = pluginImpact(base, head);
  const policyPack = policyImpact(base, head);
  const adrs = adrImpact(base, head);
  const mustAct = whoMustAct(head, contracts, members);
  const breaking = [...contracts, ...members, ...plugins, ...adrs].filter((e) => e.breaking).length + (policyPack?.breaking === true ? 1 : 0);
  const total = contracts.length + members.length + plugins.length + adrs.length + (policyPack === null ? 0 : 1);
  const verdict =
    total === 0
      ? 'No impact: no contract, member, plugin, policy or decision changed.'
      : `${breaking === 0 ? 'No breaking changes' : `${breaking} breaking change${breaking === 1 ? '' : 's'}`}; ${mustAct.length === 0 ? 'no member must act' : `${mustAct.length} member${mustAct.length === 1 ? '' : 's'} must act (${mustAct.map((m) => m.member).join(', ')})`}.`;
  const counts = [
    count(contracts.length, 'contract'),
    count(members.length, 'member'),
    count(plugins.length, 'plugin'),
    ...(policyPack === null ? [] : ['the policy pack']),
    count(adrs.length, 'ADR'),
  ].filter((c) => c !== '');
  const summary = `impact: ${total === 0 ? 'nothing changed' : `${counts.join(', ')} changed`}; ${breaking} breaking; ${mustAct.length} member${mustAct.length === 1 ? '' : 's'} must act.`;
  return { ok: true, base: sides.base, head: sides.head, verdict, breaking, summary, diagnostics: [], mustAct, contracts, members, plugins, policyPack, adrs };
}

function count(n: number, what: string): string {
  return n === 0 ? '' : `${n} ${what}${n === 1 ? '' : 's'}`;
}

/** Consumers of a change breaking for readers, producers of one breaking for writers, readers not yet on a new version. */
function whoMustAct(head: ImpactSide, contracts: readonly ContractChange[], members: ImpactReport['members']): ImpactReport['mustAct'] {
  const reasons = new Map<string, { repo: string; reasons: string[]; contracts: Set<string> }>();
  const add = (member: string, repo: string, contract: string, reason: string): void => {
    const entry = reasons.get(member) ?? { repo, reasons: [], contracts: new Set<string>() };
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason);
    entry.contracts.add(contract);
    reasons.set(member, entry);
  };
  for (const c of contracts) {
    if (c.change === 'changed') {
      if (c.changes.some((x) => x.readers === 'breaking')) for (const p of c.consumers) add(p.member, p.repo, c.id, `reads ${c.id}, changed in place in a way breaking for readers`);
      if (c.changes.some((x) => x.writers === 'breaking')) for (const p of c.producers) add(p.member, p.repo, c.id, `writes ${c.id}, changed in place in a way breaking for writers`);
    } else if (c.change === 'removed') {
      for (const p of [...c.consumers, ...c.producers]) add(p.member, p.repo, c.id, `used ${c.id}, which was removed`);
    } else if (c.change === 'new-version') {
      for (const p of c.consumers) if (p.readsNew === false) add(p.member, p.repo, c.id, `reads an older version of ${c.family}; ${c.id} is new`);
    }
  }
  const consumers = new Map(head.catalog.contracts.map((c) => [c.id, c.consumers]));
  for (const m of members) {
    for (const x of m.changes) {
      if (!(x.field === 'outputs' && x.breaking)) continue;
      const contract = x.detail.split(' at ')[0] ?? '';
      for (const reader of consumers.get(contract) ?? []) {
        add(reader, head.catalog.members.find((h) => h.name === reader)?.repo ?? '', contract, `reads ${contract}, which ${m.id} no longer writes`);
      }
    }
  }
  return [...reasons]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([member, { repo, reasons: why, contracts: about }]) => ({ member, repo, reasons: why, contracts: [...about].sort(compareStrings) }));
}
