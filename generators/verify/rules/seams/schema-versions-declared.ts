import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';

/** `schema_versions` ⊆ the member's inputs ∪ its outputs' contracts. */
export const schemaVersionsDeclared: RunRule = {
  name: 'schema-versions-declared',
  codes: ['VERIFY_SCHEMA_VERSION_UNDECLARED'],
  async check(ctx, report) {
    const declared = new Set([...ctx.model.manifest.inputs, ...ctx.model.manifest.outputs.map((o) => o.contract)]);
    ctx.record.schema_versions.forEach((v, i) => {
      if (declared.has(v)) return;
      report(diagnostic('VERIFY_SCHEMA_VERSION_UNDECLARED', ctx.recordPath, pointerOf('schema_versions', i), `The run read or wrote ${v}, which ${ctx.model.member} declares neither as an input nor as an output (declared: ${[...declared].sort().join(', ')}).`, `Read and write only the contract versions the manifest declares, or declare ${v} in ${ctx.model.member}'s manifest and sync.`));
    });
  },
};
