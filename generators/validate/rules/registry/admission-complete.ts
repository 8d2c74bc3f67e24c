import { diagnostic } from '../../../diagnostics/diagnostic';
import { viewOf } from '../../../model/registry-view';
import type { Rule } from '../rule';

/**
 * Admission (docs/adding-a-project.md): an admitted member has a smoke test, a
 * run-record location and at least one emitted schema version. Drafts are exempt.
 */
export const admissionComplete: Rule = {
  name: 'admission-complete',
  codes: ['REGISTRY_SMOKE_TEST_MISSING', 'REGISTRY_RUN_RECORDS_MISSING', 'REGISTRY_NO_EMITTED_SCHEMA'],
  check(sources, report) {
    const view = viewOf(sources);
    if (view === undefined) return;
    for (const [name, { file, doc }] of view.manifests) {
      if (view.members.get(name)?.draft !== false) continue;
      const draftHint = `or mark "${name}" "draft": true in ${view.registryFile} until it is ready.`;
      if (doc.smokeTest === undefined) {
        report(diagnostic('REGISTRY_SMOKE_TEST_MISSING', file, '', `"${name}" is admitted but has no smoke test.`, `Add "smokeTest": { "command", "description" } — one command that runs the member end to end on trivial or empty input — ${draftHint}`));
      }
      if (doc.runRecords === undefined) {
        report(diagnostic('REGISTRY_RUN_RECORDS_MISSING', file, '', `"${name}" is admitted but names no run-record location.`, `Add "runRecords": the folder where every run writes its run_record.v1, ${draftHint}`));
      }
      if (doc.outputs.length === 0) {
        report(diagnostic('REGISTRY_NO_EMITTED_SCHEMA', file, '/outputs', `"${name}" is admitted but emits no schema version.`, `List at least the contracts it writes in "outputs" (every member writes run_record.v1), ${draftHint}`));
      }
    }
  },
};
