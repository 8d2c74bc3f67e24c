import { adrNumber, type AdrRelations } from '../../model/adr-relations';
import type { AdrDoc } from '../../validate/validated-sources';
import { mermaidLabel } from './mermaid-label';

/**
 * The Mermaid source of the supersedes/refines graph: one node per ADR that takes
 * part in a relation, edges from the later decision to the one it acts on.
 * Node ids are generated (`adr7`), labels escaped; nothing from a source is
 * written outside a quoted label. Returns undefined when there is no edge.
 */
export function relationsGraph(adrs: readonly AdrDoc[], relations: ReadonlyMap<number, AdrRelations>): string | undefined {
  const edges: string[] = [];
  const involved = new Set<number>();
  for (const { doc } of adrs) {
    const r = relations.get(doc.id);
    for (const target of r?.supersedes ?? []) {
      edges.push(`  adr${doc.id} -->|supersedes| adr${target}`);
      involved.add(doc.id).add(target);
    }
    for (const target of r?.refines ?? []) {
      edges.push(`  adr${doc.id} -.->|refines| adr${target}`);
      involved.add(doc.id).add(target);
    }
  }
  if (edges.length === 0) return undefined;
  const nodes = adrs.filter((a) => involved.has(a.doc.id));
  const byStatus = (status: string): string[] => nodes.filter((a) => a.doc.status === status).map((a) => `adr${a.doc.id}`);
  const classes = (['superseded', 'rejected', 'deprecated', 'proposed'] as const).flatMap((status) => {
    const ids = byStatus(status);
    return ids.length === 0 ? [] : [`  class ${ids.join(',')} ${status}`];
  });
  return [
    'flowchart RL',
    ...nodes.map((a) => `  adr${a.doc.id}[${mermaidLabel(`${adrNumber(a.doc.id)} ${a.doc.title}`)}]`),
    ...edges,
    '  classDef superseded stroke-dasharray:5 4,opacity:0.7',
    '  classDef rejected stroke-dasharray:2 3,opacity:0.6',
    '  classDef deprecated stroke-dasharray:5 4,opacity:0.7',
    '  classDef proposed stroke-width:2px',
    ...classes,
  ].join('\n');
}
