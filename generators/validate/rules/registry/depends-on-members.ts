import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { listOf, viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** Every `dependsOn.to` names a registry member, and never a draft (drafts are not admitted, so nothing may rely on them). */
export const dependsOnMembers: Rule = {
  name: 'depends-on-members',
  codes: ['REGISTRY_UNKNOWN_MEMBER', 'REGISTRY_DEPENDS_ON_DRAFT'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const edge of view.edges) {
      const file = view.manifests.get(edge.from)?.file ?? view.registryFile;
      const pointer = pointerOf('dependsOn', edge.index, 'to');
      const target = view.members.get(edge.to);
      if (target === undefined) {
        report(diagnostic('REGISTRY_UNKNOWN_MEMBER', file, pointer, `"${edge.to}" is not a registry member.`, `Use one of: ${listOf(view.members.keys())}; or add "${edge.to}" to ${view.registryFile}.`));
      } else if (target.draft) {
        report(
          diagnostic(
            'REGISTRY_DEPENDS_ON_DRAFT',
            file,
            pointer,
            `"${edge.to}" is a draft member; nothing may depend on a draft.`,
            `Admit "${edge.to}" first (give it a manifest and remove "draft": true in ${view.registryFile}), or remove this edge.`,
          ),
        );
      }
    }
  },
};
