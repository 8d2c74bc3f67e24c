import type { EntryChange, FieldChange } from '../../src/types/sources/impact-report';
import { adrNumber } from '../model/adr-relations';
import type { AdrDoc } from '../validate/validated-sources';
import { listChanges, valueChange } from './set-changes';
import { lineOf, type ImpactSide } from './side';

/** ADRs added or removed, status changes, new supersede and refine links, changed `affects`; by number. */
export function adrImpact(base: ImpactSide, head: ImpactSide): EntryChange[] {
  const before = new Map(base.catalog.adrs.map((a) => [a.doc.id, a]));
  const after = new Set(head.catalog.adrs.map((a) => a.doc.id));
  const out: EntryChange[] = [];
  for (const adr of head.catalog.adrs) {
    const old = before.get(adr.doc.id);
    const id = adrNumber(adr.doc.id);
    if (old === undefined) {
      out.push({ id, title: adr.doc.title, change: 'added', breaking: false, file: adr.file, line: 1, changes: [...links(undefined, adr, head), ...valueChange('status', undefined, adr.doc.status, frontLine(head, adr, 'status'))] });
      continue;
    }
    const changes = [...valueChange('status', old.doc.status, adr.doc.status, frontLine(head, adr, 'status')), ...valueChange('title', old.doc.title, adr.doc.title, frontLine(head, adr, 'title')), ...links(old, adr, head)];
    if (changes.length > 0) out.push({ id, title: adr.doc.title, change: 'changed', breaking: false, file: adr.file, line: changes.find((c) => c.line !== null)?.line ?? null, changes });
  }
  for (const adr of base.catalog.adrs) {
    if (!after.has(adr.doc.id)) out.push({ id: adrNumber(adr.doc.id), title: adr.doc.title, change: 'removed', breaking: false, file: adr.file, line: null, changes: [] });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function links(old: AdrDoc | undefined, adr: AdrDoc, head: ImpactSide): FieldChange[] {
  const ids = (list: readonly number[] | undefined): string[] => (list ?? []).map((n) => `ADR ${adrNumber(n)}`);
  return [
    ...listChanges('supersedes', ids(old?.doc.supersedes), ids(adr.doc.supersedes), { line: frontLine(head, adr, 'supersedes') }),
    ...listChanges('refines', ids(old?.doc.refines), ids(adr.doc.refines), { line: frontLine(head, adr, 'refines') }),
    ...listChanges('affects', old?.doc.affects ?? [], adr.doc.affects ?? [], { line: frontLine(head, adr, 'affects') }),
  ];
}

/** The front-matter line of a key (ADRs are Markdown, so no JSON pointer applies). */
function frontLine(head: ImpactSide, adr: AdrDoc, key: string): number | null {
  const text = head.files.get(adr.file)?.text;
  if (text === undefined) return lineOf(head, adr.file, '');
  const lines = text.split('\n', adr.bodyLine);
  const i = lines.findIndex((l) => l.startsWith(`${key}:`));
  return i === -1 ? null : i + 1;
}
