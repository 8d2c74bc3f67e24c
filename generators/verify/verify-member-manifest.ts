import type { Project } from '../../src/types/sources';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { normaliseManifest } from '../sync/normalise-manifest';
import { reconcileMember } from '../sync/reconcile';
import { documentViolations, readDocument, unreadable } from './file-scan';
import { DEFAULT_LIMITS } from './limits';
import type { RunFiles } from './run-files';
import { VALIDATOR_IDS } from './validator-source';
import type { VerifyManual } from './verify-manual';
import type { VerifyReport } from './verify-report';

/**
 * The member's own manifest, in its checkout: valid against the project
 * meta-schema, registered, the same as registry/projects/<name>.json; with
 * `reconcile`, its build edges against its package.json / go.mod (sync's code).
 */
export async function verifyMemberManifest(manual: VerifyManual, files: RunFiles, checkout: string, reconcile: boolean): Promise<VerifyReport> {
  const { data } = manual;
  const path = data.manifestFile;
  const diagnostics: Diagnostic[] = [];
  const done = (member?: string): VerifyReport => ({
    ok: diagnostics.length === 0,
    command: 'manifest',
    status: diagnostics.length === 0 ? 'compliant' : 'violations',
    summary: `verify manifest: ${path}${member === undefined ? '' : ` of ${member}`}: ${diagnostics.length === 0 ? 'valid, registered and in sync' : `${diagnostics.length} problem${diagnostics.length === 1 ? '' : 's'} found`}${reconcile ? ' (build edges reconciled)' : ''}.`,
    ...(member === undefined ? {} : { member }),
    diagnostics,
  });
  const refused = unreadable(files, path, 'The member manifest');
  if (refused === 'missing') {
    diagnostics.push(diagnostic('VERIFY_MEMBER_MANIFEST_MISSING', path, '', `The checkout has no ${path} at its root.`, `Keep the member's manifest (project.schema.json) at ${path} in the repo root.`));
    return done();
  }
  if (refused !== undefined) {
    diagnostics.push(refused);
    return done();
  }
  const read = await readDocument(files, path, DEFAULT_LIMITS);
  diagnostics.push(...read.diagnostics);
  const validate = manual.validators.validatorFor(VALIDATOR_IDS.project);
  if (read.value === undefined || validate === undefined) return done();
  const violations = documentViolations('VERIFY_MEMBER_MANIFEST_INVALID', path, read, validate, 'schemas/meta/project.schema.json');
  diagnostics.push(...violations);
  if (violations.length > 0) return done();
  const doc = read.value as Project;
  const registered = Object.hasOwn(data.members, doc.name) ? data.members[doc.name] : undefined;
  if (registered === undefined) {
    diagnostics.push(diagnostic('VERIFY_MEMBER_UNREGISTERED', path, '/name', `"${doc.name}" is not a member of the registry. Members: ${Object.keys(data.members).join(', ')}.`, 'Fix "name", or register the member in registry/registry.json of the manual (ADR 0002).'));
    return done(doc.name);
  }
  const here = registered.manifest === null ? undefined : normaliseManifest(registered.manifest);
  if (here !== normaliseManifest(doc)) {
    diagnostics.push(diagnostic('VERIFY_MEMBER_MANIFEST_OUT_OF_SYNC', path, '', here === undefined ? `The manual has no manifest of ${doc.name} yet (registry/projects/${doc.name}.json).` : `The manifest differs from registry/projects/${doc.name}.json in the manual.`, 'Run `npm run sync -- --workspace <dir>` in the manual and commit, or bring this file back to what the manual holds.'));
  }
  if (reconcile) {
    const repos = new Map(Object.entries(data.members).map(([name, m]) => [name, m.repo]));
    diagnostics.push(...(reconcileMember(checkout, '', doc.name, repos, { file: path, doc }) ?? []));
  }
  return done(doc.name);
}
