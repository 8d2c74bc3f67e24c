import type { Project } from '../../src/types/sources';
import type { EntryChange, FieldChange } from '../../src/types/sources/impact-report';
import type { Member } from '../model/catalog';
import { breakingFirst, listChanges, valueChange } from './set-changes';
import { firstChangedLine, lineOf, type ImpactSide } from './side';

/**
 * Registry members added, removed or changed: repo, draft, role, layer,
 * inputs, outputs, dependsOn edges, scratchpad and orthogonal flips. An output
 * removed while another member still reads that contract is breaking.
 */
export function memberImpact(base: ImpactSide, head: ImpactSide): EntryChange[] {
  const before = new Map(base.catalog.members.map((m) => [m.name, m]));
  const after = new Map(head.catalog.members.map((m) => [m.name, m]));
  const readers = new Map(head.catalog.contracts.map((c) => [c.id, c.consumers]));
  const out: EntryChange[] = [];
  for (const member of head.catalog.members) {
    const old = before.get(member.name);
    const file = member.manifest?.file ?? head.catalog.registry.file;
    if (old === undefined) {
      out.push({ id: member.name, title: member.repo, change: 'added', breaking: false, file, line: 1, changes: [] });
      continue;
    }
    const changes = memberChanges(old, member, head, (contract) => (readers.get(contract) ?? []).some((r) => r !== member.name));
    if (changes.length === 0) continue;
    const line = firstChangedLine(base, head, file) ?? firstChangedLine(base, head, head.catalog.registry.file);
    out.push({ id: member.name, title: member.repo, change: 'changed', breaking: changes.some((c) => c.breaking), file, line, changes });
  }
  for (const member of base.catalog.members) {
    if (after.has(member.name)) continue;
    const outputs = member.manifest?.doc.outputs.map((o) => o.contract) ?? [];
    const read = outputs.some((c) => (readers.get(c) ?? []).length > 0);
    out.push({ id: member.name, title: member.repo, change: 'removed', breaking: read, file: member.manifest?.file ?? base.catalog.registry.file, line: null, changes: [] });
  }
  return breakingFirst(out);
}

function memberChanges(old: Member, now: Member, head: ImpactSide, stillRead: (contract: string) => boolean): FieldChange[] {
  const registry = head.catalog.registry.file;
  const a = old.manifest?.doc;
  const b = now.manifest?.doc;
  const file = now.manifest?.file;
  const at = (pointer: string): number | null => (file === undefined ? null : lineOf(head, file, pointer));
  const changes: FieldChange[] = [
    ...valueChange('repo', old.repo, now.repo, lineOf(head, registry, `/members/${now.name}/repo`)),
    ...valueChange('draft', old.draft, now.draft, lineOf(head, registry, `/members/${now.name}`)),
    ...valueChange('manifest', a === undefined ? undefined : 'present', b === undefined ? undefined : 'present'),
  ];
  if (a === undefined || b === undefined) return changes;
  const outputs = (p: Project): string[] => p.outputs.map((o) => `${o.contract} at ${o.path}`);
  const outputLine = at('/outputs');
  const removedOutputs = listChanges('outputs', outputs(a), outputs(b), { line: outputLine }).map((c) => {
    const contract = c.detail.split(' at ')[0] ?? '';
    const stillWritten = b.outputs.some((o) => o.contract === contract);
    return c.change === 'removed' && !stillWritten && stillRead(contract) ? { ...c, breaking: true } : c;
  });
  const edges = (p: Project): string[] => p.dependsOn.map((d) => `${d.kind} → ${d.to}`);
  changes.push(
    ...valueChange('role', `${a.role.kind} of ${a.role.bus}`, `${b.role.kind} of ${b.role.bus}`, at('/role')),
    ...valueChange('layer', a.layer, b.layer, at('/layer')),
    ...listChanges('inputs', a.inputs, b.inputs, { line: at('/inputs') }),
    ...removedOutputs,
    ...listChanges('dependsOn', edges(a), edges(b), { line: at('/dependsOn') }),
    ...valueChange('scratchpad', a.scratchpad ?? false, b.scratchpad ?? false, at('/scratchpad')),
    ...valueChange('orthogonal', a.orthogonal ?? false, b.orthogonal ?? false, at('/orthogonal')),
  );
  return changes;
}
