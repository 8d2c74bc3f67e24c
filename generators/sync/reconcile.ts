import { join, posix } from 'node:path';
import type { Project } from '../../src/types/sources';
import { diagnostic, pointerOf, type Diagnostic } from '../diagnostics/diagnostic';
import { compareStrings } from '../util/canonical-json';
import type { Located } from '../validate/validated-sources';
import { dependencyMember } from './dependency-member';
import { goDependencies, npmDependencies, type RealDependency } from './member-dependencies';

export interface ReconcileResult {
  /** Members whose checkout had a package.json or go.mod to compare with. */
  readonly checked: readonly string[];
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Compares each member's declared `build` edges with the real dependencies in its
 * checkout (package.json, all sections; go.mod `require`s): a build edge with no
 * real dependency, and a real dependency on another member with no build edge,
 * are both reported.
 */
export function reconcile(
  workspace: string,
  workspaceLabel: string,
  repos: ReadonlyMap<string, string>,
  manifests: ReadonlyMap<string, Located<Project>>,
): ReconcileResult {
  const diagnostics: Diagnostic[] = [];
  const checked: string[] = [];
  for (const [member, manifest] of [...manifests].sort(([a], [b]) => compareStrings(a, b))) {
    const label = posix.join(workspaceLabel.split('\\').join('/'), member);
    const found = reconcileMember(join(workspace, member), label, member, repos, manifest);
    if (found === undefined) continue;
    checked.push(member);
    diagnostics.push(...found);
  }
  return { checked, diagnostics };
}

/**
 * One member's checkout (at `checkout`, named `label` in diagnostics; "" for
 * checkout-relative paths): its build edges against its package.json and go.mod.
 * Undefined when there is nothing to compare (no such file and no build edge).
 * `npm run sync -- --reconcile` calls it per workspace member, `npm run verify -- manifest --reconcile` on one checkout.
 */
export function reconcileMember(
  checkout: string,
  label: string,
  member: string,
  repos: ReadonlyMap<string, string>,
  manifest: Located<Project>,
): Diagnostic[] | undefined {
  const diagnostics: Diagnostic[] = [];
  const at = (file: string): string => (label === '' ? file : `${label}/${file}`);
  const npm = npmDependencies(join(checkout, 'package.json'), at('package.json'));
  const go = goDependencies(join(checkout, 'go.mod'), at('go.mod'));
  if (npm === undefined && go === undefined && !manifest.doc.dependsOn.some((d) => d.kind === 'build')) return undefined;
  diagnostics.push(...(npm?.diagnostics ?? []));
  const real = [...(npm?.deps ?? []), ...(go ?? [])];
  const found = new Map<string, RealDependency>();
  for (const dep of real) {
    const target = dependencyMember(dep, repos);
    if (target === undefined || target === member) continue;
    if (!found.has(target)) found.set(target, dep);
    if (manifest.doc.dependsOn.some((d) => d.to === target && d.kind === 'build')) continue;
    const other = manifest.doc.dependsOn.find((d) => d.to === target);
    diagnostics.push({
      ...diagnostic(
        'RECONCILE_UNDECLARED_DEPENDENCY',
        dep.file,
        dep.pointer,
        `${member} depends on "${dep.name}" (${dep.section}), which is the member ${target}, but its manifest declares no build edge to ${target}${other === undefined ? '' : ` (only a ${other.kind} edge)`}.`,
        `Add { "to": "${target}", "kind": "build" } to "dependsOn" in ${member}'s manifest and sync again, or remove the dependency.`,
      ),
      ...(dep.line === undefined ? {} : { line: dep.line, column: dep.column ?? 1 }),
    });
  }
  const files = [npm === undefined ? undefined : 'package.json', go === undefined ? undefined : 'go.mod'].filter((f) => f !== undefined);
  manifest.doc.dependsOn.forEach((edge, i) => {
    if (edge.kind !== 'build' || found.has(edge.to)) return;
    diagnostics.push(
      diagnostic(
        'RECONCILE_BUILD_EDGE_UNUSED',
        manifest.file,
        pointerOf('dependsOn', i),
        `${member} declares a build edge to ${edge.to}, but ${files.length === 0 ? 'its checkout has no package.json or go.mod' : `no dependency in its ${files.join(' or ')} points at ${edge.to}`}.`,
        `Remove the edge (or make it a runtime edge) in ${member}'s manifest and sync again, or add the real dependency.`,
      ),
    );
  });
  return diagnostics;
}
