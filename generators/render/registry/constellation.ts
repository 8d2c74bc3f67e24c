import type { Catalog, Member } from '../../model/catalog';
import type { Edge } from '../../model/registry-graph';
import { catalogEdges } from '../../model/registry-members';
import { mermaidFlowchart, type FlowClass, type FlowGroup, type FlowNode } from './mermaid-flowchart';

const ORTHOGONAL_GROUP = 'orthogonal (infrastructure)';
const UNLAYERED_GROUP = 'not admitted or without a layer';

/** The whole ecosystem: members grouped by layer (upstream first), every typed edge. */
export function constellation(catalog: Catalog): string {
  return mermaidFlowchart(groupsOf(catalog, catalog.members, undefined), catalogEdges(catalog));
}

/** One member and the members it has edges with, in either direction. */
export function neighbourhoodDiagram(catalog: Catalog, member: Member, edges: readonly Edge[]): string {
  const names = new Set([member.name, ...edges.flatMap((e) => [e.from, e.to])]);
  return mermaidFlowchart(groupsOf(catalog, catalog.members.filter((m) => names.has(m.name)), member.name), edges);
}

function groupsOf(catalog: Catalog, members: readonly Member[], focus: string | undefined): FlowGroup[] {
  const layers = catalog.registry.doc.layers ?? [];
  const groupOf = (m: Member): string => {
    const doc = m.manifest?.doc;
    if (doc?.orthogonal === true) return ORTHOGONAL_GROUP;
    return doc?.layer !== undefined && layers.includes(doc.layer) ? doc.layer : UNLAYERED_GROUP;
  };
  return [...layers, ORTHOGONAL_GROUP, UNLAYERED_GROUP]
    .map((title) => ({ title, nodes: members.filter((m) => groupOf(m) === title).map((m) => nodeOf(m, focus)) }))
    .filter((g) => g.nodes.length > 0);
}

function nodeOf(member: Member, focus: string | undefined): FlowNode {
  const doc = member.manifest?.doc;
  const classes: FlowClass[] = [];
  const notes: string[] = [];
  if (member.draft) {
    classes.push('draft');
    notes.push('draft');
  }
  if (doc?.scratchpad === true) {
    classes.push('scratchpad');
    notes.push('scratchpad');
  }
  if (doc?.orthogonal === true) classes.push('orthogonal');
  if (member.name === focus) classes.push('focus');
  return { key: member.name, label: notes.length === 0 ? member.name : `${member.name} (${notes.join(', ')})`, classes };
}
