import type { EdgeKind } from '../../model/registry-graph';

export interface FlowNode {
  /** Stable key the edges refer to (a member name); never written into the diagram. */
  readonly key: string;
  readonly label: string;
  /** Mermaid class names from FLOW_CLASSES. */
  readonly classes: readonly FlowClass[];
}

export interface FlowGroup {
  readonly title: string;
  readonly nodes: readonly FlowNode[];
}

export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
}

/** Arrow per edge kind: solid for build, dotted for runtime, thick for contract. */
export const ARROWS: Readonly<Record<EdgeKind, string>> = { build: '-->', runtime: '-.->', contract: '==>' };

const FLOW_CLASSES = {
  draft: 'stroke-dasharray: 5 5',
  scratchpad: 'stroke-dasharray: 2 2,fill-opacity:0.4',
  orthogonal: 'fill-opacity:0.2',
  focus: 'stroke-width:4px',
} as const;
export type FlowClass = keyof typeof FLOW_CLASSES;

/**
 * A Mermaid `flowchart` with one subgraph per group. Source text never becomes
 * syntax: nodes and groups get generated ids (m0, m1, g0 …) and every label is a
 * quoted string with Mermaid's `#name;` entities for the characters that could
 * end the string or be read as markup.
 */
export function mermaidFlowchart(groups: readonly FlowGroup[], edges: readonly FlowEdge[], direction: 'LR' | 'RL' | 'TB' = 'RL'): string {
  const ids = new Map<string, string>();
  const lines = [`flowchart ${direction}`];
  groups.forEach((group, g) => {
    lines.push(`  subgraph g${g}["${mermaidText(group.title)}"]`);
    for (const node of group.nodes) {
      const id = `m${ids.size}`;
      ids.set(node.key, id);
      lines.push(`    ${id}["${mermaidText(node.label)}"]`);
    }
    lines.push('  end');
  });
  for (const edge of edges) {
    const from = ids.get(edge.from);
    const to = ids.get(edge.to);
    if (from !== undefined && to !== undefined) lines.push(`  ${from} ${ARROWS[edge.kind]}|${edge.kind}| ${to}`);
  }
  const used = new Set(groups.flatMap((g) => g.nodes.flatMap((n) => n.classes)));
  for (const [name, style] of Object.entries(FLOW_CLASSES)) {
    if (!used.has(name as FlowClass)) continue;
    lines.push(`  classDef ${name} ${style}`);
    const members = groups.flatMap((g) => g.nodes).filter((n) => n.classes.includes(name as FlowClass));
    lines.push(`  class ${members.map((n) => ids.get(n.key)).join(',')} ${name}`);
  }
  return lines.join('\n');
}

/**
 * Text for inside a quoted Mermaid label. `#` goes first so the entities added
 * after it stay intact; line breaks become spaces (a label is one line).
 */
export function mermaidText(value: string): string {
  return value
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/&/g, '#amp;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/`/g, '#96;')
    .replace(/%/g, '#37;')
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f]/g, '');
}
