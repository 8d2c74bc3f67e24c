import { diagnostic, pointerOf } from '../../../diagnostics/diagnostic';
import type { RunRule } from '../rule';

/** Every input manifest the run read is of a contract the member lists in `inputs`. */
export const inputContractDeclared: RunRule = {
  name: 'input-contract-declared',
  codes: ['VERIFY_INPUT_UNDECLARED'],
  async check(ctx, report) {
    const inputs = ctx.model.manifest.inputs;
    ctx.record.input_manifests.forEach((m, i) => {
      if (inputs.includes(m.contract)) return;
      report(diagnostic('VERIFY_INPUT_UNDECLARED', ctx.recordPath, pointerOf('input_manifests', i, 'contract'), `The run read a ${m.contract} partition (${m.date}), but ${ctx.model.member} does not list ${m.contract} in its inputs (${inputs.length === 0 ? 'it reads no bus' : inputs.join(', ')}).`, `Stop reading ${m.contract}, or add it to "inputs" in ${ctx.model.member}'s manifest (with a contract edge to its producer) and sync.`));
    });
  },
};
