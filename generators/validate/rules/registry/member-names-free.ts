import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** Member pages live at docs/registry/<name>.md next to the ecosystem page, index.md: that name is taken. */
const RESERVED = new Set(['index']);

export const memberNamesFree: Rule = {
  name: 'member-names-free',
  codes: ['REGISTRY_MEMBER_NAME_RESERVED'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const name of view.members.keys()) {
      if (RESERVED.has(name)) {
        report(diagnostic('REGISTRY_MEMBER_NAME_RESERVED', view.registryFile, pointerOf('members', name), `"${name}" cannot be a member name: the registry's own page uses it.`, 'Rename the member (and its manifest file).'));
      }
    }
  },
};
