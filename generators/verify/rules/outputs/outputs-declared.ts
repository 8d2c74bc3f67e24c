import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';
import { writtenOutputs } from './written-outputs';

/** Every written file is one of the member's declared outputs: no file of a contract it does not declare. */
export const outputsDeclared: RunRule = {
  name: 'outputs-declared',
  codes: ['VERIFY_OUTPUT_UNDECLARED'],
  async check(ctx, report) {
    for (const o of writtenOutputs(ctx)) {
      if (o.template !== undefined) continue;
      report(diagnostic('VERIFY_OUTPUT_UNDECLARED', ctx.recordPath, pointerOf('output_paths', o.index), `The run wrote ${o.path}, which is none of ${ctx.model.member}'s declared outputs (${ctx.templates.map((t) => t.template).join(', ')}).`, `Write only the outputs the manifest declares, or declare this one (its contract and path) in ${ctx.model.member}'s manifest and sync.`));
    }
  },
};
