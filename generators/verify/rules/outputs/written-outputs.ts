import { MANIFEST_CONTRACT, RUN_RECORD_CONTRACT, templateOf, type OutputTemplate } from '../../output-templates';
import type { RunContext } from '../../run-context';
import { confinedPath } from '../../run-files';

export interface WrittenOutput {
  /** Index in `output_paths`. */
  readonly index: number;
  /** Checkout-relative, normalised. */
  readonly path: string;
  readonly template: OutputTemplate | undefined;
}

/** The run's `output_paths` that are paths inside the checkout (the others are reported by output-paths-exist). */
export function writtenOutputs(ctx: RunContext): WrittenOutput[] {
  return ctx.record.output_paths.flatMap((raw, index) => {
    const c = confinedPath(raw);
    return c.ok ? [{ index, path: c.path, template: templateOf(ctx.templates, c.path) }] : [];
  });
}

/** Written data files: outputs of a declared contract other than manifests and run records. */
export function writtenData(ctx: RunContext): WrittenOutput[] {
  return writtenOutputs(ctx).filter((o) => o.template !== undefined && o.template.contract !== MANIFEST_CONTRACT && o.template.contract !== RUN_RECORD_CONTRACT);
}
