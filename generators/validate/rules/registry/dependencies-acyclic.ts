import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { findCycles } from '../../../model/registry-graph';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** The `dependsOn` graph has no cycle; each cycle is reported once, as a path, on its first edge. */
export const dependenciesAcyclic: Rule = {
  name: 'dependencies-acyclic',
  codes: ['REGISTRY_DEPENDENCY_CYCLE'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const cycle of findCycles([...view.manifests.keys()], view.edges)) {
      const [from, to] = cycle as [string, string];
      const edge = view.edges.find((e) => e.from === from && e.to === to);
      const file = view.manifests.get(from)?.file ?? view.registryFile;
      report(
        diagnostic(
          'REGISTRY_DEPENDENCY_CYCLE',
          file,
          edge === undefined ? '' : pointerOf('dependsOn', edge.index),
          `The dependsOn edges form a cycle: ${cycle.join(' → ')}.`,
          'Remove or reverse one edge of the cycle: edges point upstream, and a member that needs something from a later member should receive it through a contract that member does not read back.',
        ),
      );
    }
  },
};
