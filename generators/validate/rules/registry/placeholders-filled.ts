import { diagnostic, pointerOf, warning, type Diagnostic } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/** The marker `npm run new -- member` puts in every field the author still has to fill in. */
export const TODO_MARKER = 'TODO';
const TODO = /\bTODO\b/;

/**
 * Nothing is admitted with a placeholder in it: every string of a manifest, and a
 * member's repository URL, that still says TODO is named. For a draft it is a
 * warning (the scaffold writes drafts, so gen runs and lists what is left to
 * do); once the member is admitted it is an error, so admission cannot skip one.
 */
export const placeholdersFilled: Rule = {
  name: 'placeholders-filled',
  codes: ['REGISTRY_TODO_PLACEHOLDER'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    const name = (member: string, draft: boolean, file: string, pointer: string, value: string): Diagnostic => {
      const message = `"${member}" still has a placeholder here: ${JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value)}.`;
      const hint = draft
        ? `Replace it with the real value; "${member}" can be admitted (remove "draft": true in ${view.registryFile}) once no TODO is left.`
        : `Replace it with the real value, or mark "${member}" "draft": true in ${view.registryFile} until it is ready.`;
      return draft ? warning('REGISTRY_TODO_PLACEHOLDER', file, pointer, message, hint) : diagnostic('REGISTRY_TODO_PLACEHOLDER', file, pointer, message, hint);
    };
    for (const member of view.members.values()) {
      if (TODO.test(member.repo)) report(name(member.name, member.draft, view.registryFile, pointerOf('members', member.name, 'repo'), member.repo));
      const manifest = view.manifests.get(member.name);
      if (manifest === undefined) continue;
      for (const [segments, value] of stringsOf(manifest.doc, [])) {
        if (TODO.test(value)) report(name(member.name, member.draft, manifest.file, pointerOf(...segments), value));
      }
    }
  },
};

/** Every string in a JSON value with the path to it, in document order. */
function stringsOf(value: unknown, at: ReadonlyArray<string | number>): Array<[ReadonlyArray<string | number>, string]> {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsOf(v, [...at, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringsOf(v, [...at, k]));
  return [];
}
