import type { CatalogAdr, CatalogContract, CatalogMember } from '../../../src/types/sources';
import { UnknownIdError } from '../ids';
import type { ToolContext } from '../tool';

/** The catalog entries tools look up by id, or an error listing the ids that exist. */
export function memberOf(context: ToolContext, name: string): CatalogMember {
  const found = context.data.members.find((m) => m.name === name);
  if (found === undefined) throw new UnknownIdError('member', name, context.data.members.map((m) => m.name));
  return found;
}

export function contractOf(context: ToolContext, id: string): CatalogContract {
  const found = context.data.contracts.find((c) => c.id === id);
  if (found === undefined) throw new UnknownIdError('contract', id, context.data.contracts.map((c) => c.id));
  return found;
}

export function adrOf(context: ToolContext, id: number): CatalogAdr {
  const found = context.data.adrs.find((a) => a.id === id);
  if (found === undefined) throw new UnknownIdError('ADR', id, context.data.adrs.map((a) => a.id));
  return found;
}

/** A member as a reader or writer in an answer. */
export function memberRefOf(context: ToolContext, name: string): { member: string; repo: string; layer?: string; page: string } {
  const m = memberOf(context, name);
  return { member: m.name, repo: m.repo, ...(m.layer === undefined ? {} : { layer: m.layer }), page: m.links.page };
}

export function adrRefOf(context: ToolContext, id: number): { id: number; title: string; status: string; date: string; page: string } {
  const a = adrOf(context, id);
  return { id: a.id, title: a.title, status: a.status, date: a.date, page: a.links.page };
}
