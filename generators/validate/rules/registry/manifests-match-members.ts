import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { listOf, viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** Every admitted member has a manifest in registry/projects/, and every manifest there belongs to a member. */
export const manifestsMatchMembers: Rule = {
  name: 'manifests-match-members',
  codes: ['REGISTRY_MANIFEST_MISSING', 'REGISTRY_MANIFEST_UNLISTED'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const member of view.members.values()) {
      if (member.draft || view.manifests.has(member.name) || view.rejectedManifests.has(member.name)) continue;
      report(
        diagnostic(
          'REGISTRY_MANIFEST_MISSING',
          view.registryFile,
          pointerOf('members', member.name),
          `"${member.name}" is an admitted member but has no valid manifest: registry/projects/${member.name}.json is missing or was rejected by an earlier check.`,
          `Add registry/projects/${member.name}.json (\`npm run sync -- --workspace <dir>\` copies it from the member repo), fix the problem reported for it, or mark the member "draft": true until it is admitted.`,
        ),
      );
    }
    for (const [name, manifest] of view.manifests) {
      if (view.members.has(name)) continue;
      report(
        diagnostic(
          'REGISTRY_MANIFEST_UNLISTED',
          manifest.file,
          '/name',
          `The manifest of "${name}" belongs to no registry member.`,
          `Add "${name}" under "members" in ${view.registryFile}, or remove the manifest. Members: ${listOf(view.members.keys())}.`,
        ),
      );
    }
  },
};
