import { describe, expect, it } from 'vitest';
import { adrNumber, adrRelations, adrTimeline, decisionsAffecting, introducesContractVersion } from '../../generators/model/adr-relations';
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
    const adrs = [adr(5, { affects: ['event.v1'] }), adr(2, { affects: ['event.v1', 'gpt_eventbus'] }), adr(3, { affects: ['gpt_eventbus'] })];
    expect(decisionsAffecting({ adrs }, 'event.v1').map((a) => a.doc.id)).toEqual([2, 5]);
    expect(decisionsAffecting({ adrs }, 'gpt_eventbus').map((a) => a.doc.id)).toEqual([2, 3]);
    expect(decisionsAffecting({ adrs }, 'nothing')).toEqual([]);
  });

  it('detects an ADR that introduces a contract version above 1', () => {
    const ids = new Set(['event.v1', 'event.v2', 'digests.l2.v1']);
    expect(introducesContractVersion(adr(1, { affects: ['event.v2', 'event.v1', 'digests.l2.v1', 'gpt_eventbus'] }), ids)).toEqual(['event.v2']);
    expect(introducesContractVersion(adr(1, { affects: ['event.v3'] }), ids)).toEqual([]);
  });
});
