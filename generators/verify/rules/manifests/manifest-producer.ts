import { diagnostic } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';
import { writtenManifests } from './written-manifests';

/** Each manifest the run wrote names this member as its producer. */
export const manifestProducer: RunRule = {
  name: 'manifest-producer',
  codes: ['VERIFY_MANIFEST_PRODUCER'],
  async check(ctx, report) {
    for (const { path, manifest } of await writtenManifests(ctx)) {
      if (manifest === undefined || manifest.producer === ctx.model.member) continue;
      report(diagnostic('VERIFY_MANIFEST_PRODUCER', path, '/producer', `The manifest names "${manifest.producer}" as producer, but ${ctx.model.member} wrote it.`, `Set "producer" to "${ctx.model.member}".`));
    }
  },
};
