import type { Project } from '../../src/types/sources';
import { compareStrings } from '../util/canonical-json';
import { stronglyConnected } from '../util/strongly-connected';

export type EdgeKind = Project['dependsOn'][number]['kind'];

/** One typed `dependsOn` edge, with where it is declared. */
export interface Edge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly note: string | undefined;
  /** Index in the declaring manifest's `dependsOn`, for pointers. */
  readonly index: number;
}

/** The edges every manifest declares, sorted by from, to, kind. */
export function edgesOf(manifests: ReadonlyArray<{ readonly doc: Project }>): Edge[] {
  return manifests
    .flatMap(({ doc }) => doc.dependsOn.map((d, index) => ({ from: doc.name, to: d.to, kind: d.kind, note: d.note, index })))
    .sort(compareEdges);
}

export function compareEdges(a: Edge, b: Edge): number {
  return compareStrings(a.from, b.from) || compareStrings(a.to, b.to) || compareStrings(a.kind, b.kind) || a.index - b.index;
}

/** Edges leaving `name` (its own `dependsOn`) and edges reaching it (the reverse edges, derived). */
export function neighbourhood(edges: readonly Edge[], name: string): { readonly out: Edge[]; readonly in: Edge[] } {
  return {
    out: edges.filter((e) => e.from === name),
    in: edges.filter((e) => e.to === name).sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.kind, b.kind)),
  };
}

/**
 * Every cycle of the graph, one per strongly connected component, as a closed
 * path `[a, b, c, a]` that starts at the component's smallest name. Edges to
 * unknown nodes are ignored (they are reported on their own).
 */
export function findCycles(nodes: readonly string[], edges: readonly Edge[]): string[][] {
  const known = new Set(nodes);
  const next = new Map<string, string[]>();
  for (const n of [...known].sort(compareStrings)) next.set(n, []);
  for (const e of edges) if (known.has(e.from) && known.has(e.to)) next.get(e.from)?.push(e.to);
  for (const targets of next.values()) targets.sort(compareStrings);

  const cycles: string[][] = [];
  for (const component of stronglyConnected(next)) {
    const start = component[0] as string;
    const members = new Set(component);
    if (component.length === 1 && !(next.get(start) ?? []).includes(start)) continue;
    cycles.push(shortestCycle(start, members, next));
  }
  return cycles.sort((a, b) => compareStrings(a.join('\0'), b.join('\0')));
}

/** Breadth-first from `start` back to `start` inside one component: the shortest cycle through it. */
function shortestCycle(start: string, members: ReadonlySet<string>, next: ReadonlyMap<string, readonly string[]>): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i] as string;
    for (const target of next.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let n: string | undefined = node; n !== undefined && n !== start; n = previous.get(n)) path.push(n);
        return [start, ...path.slice(1).reverse(), start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}
