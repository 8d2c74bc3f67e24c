import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../generators/model/catalog';
import { adrsAffecting } from '../../generators/model/contract-usage';
import { adrNumber, adrRelations, adrTimeline, introducesContractVersion } from '../../generators/model/adr-relations';
import type { AdrDoc } from '../../generators/validate/validated-sources';

const adr = (id: number, extra: Partial<AdrDoc['doc']> = {}): AdrDoc => ({
  file: `adr/${adrNumber(id)}-x.md`,
  doc: { id, title: `T${id}`, status: 'accepted', date: '2025-01-01', ...extra },
  body: '',
  bodyLine: 1,
});

describe('ADR relations', () => {
  it('derives the reverse relations, sorted, dropping self and unknown ids', () => {
    const r = adrRelations([adr(1), adr(2, { refines: [1] }), adr(3, { supersedes: [1, 3, 99], refines: [2, 1] }), adr(4, { refines: [1] })]);
    expect(r.get(1)).toEqual({ supersedes: [], supersededBy: [3], refines: [], refinedBy: [2, 3, 4] });
    expect(r.get(3)).toEqual({ supersedes: [1], supersededBy: [], refines: [1, 2], refinedBy: [] });
    expect(r.get(2)?.refinedBy).toEqual([3]);
  });

  it('orders the timeline by date, then by id', () => {
    const order = adrTimeline([adr(3, { date: '2025-02-01' }), adr(1, { date: '2025-03-01' }), adr(2, { date: '2025-02-01' })]).map((a) => a.doc.id);
    expect(order).toEqual([2, 3, 1]);
  });

  it('lists the ADRs affecting a contract or member, by id', () => {
    // The catalog sorts ADRs by id; the index keeps that order.
    const adrs = [adr(2, { affects: ['event.v1', 'gpt_eventbus'] }), adr(3, { affects: ['gpt_eventbus'] }), adr(5, { affects: ['event.v1'] })];
    const catalog = { adrs, members: [], contracts: [] } as unknown as Catalog;
    expect(adrsAffecting(catalog, 'event.v1').map((a) => a.doc.id)).toEqual([2, 5]);
    expect(adrsAffecting(catalog, 'gpt_eventbus').map((a) => a.doc.id)).toEqual([2, 3]);
    expect(adrsAffecting(catalog, 'nothing')).toEqual([]);
  });

  it('detects an ADR that introduces a contract version above 1', () => {
    const ids = new Set(['event.v1', 'event.v2', 'digests.l2.v1']);
    expect(introducesContractVersion(adr(1, { affects: ['event.v2', 'event.v1', 'digests.l2.v1', 'gpt_eventbus'] }), ids)).toEqual(['event.v2']);
    expect(introducesContractVersion(adr(1, { affects: ['event.v3'] }), ids)).toEqual([]);
  });
});
