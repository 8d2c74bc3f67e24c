import type { Diagnostic } from '../../../diagnostics/diagnostic';
import { documentViolations } from '../../file-scan';
import { MANIFEST_CONTRACT, partitionOf, type OutputTemplate } from '../../output-templates';
import type { ManifestV1, RunContext } from '../../run-context';
import { dirnameOf } from '../../run-files';
import { writtenOutputs } from '../outputs/written-outputs';

export interface WrittenManifest {
  readonly path: string;
  /** The partition folder (the manifest's folder). */
  readonly dir: string;
  readonly date: string | undefined;
  /** The contract of the partition's data files, when the member declares exactly one there. */
  readonly contract: string | undefined;
  readonly data: readonly OutputTemplate[];
  /** The manifest when it is valid against manifest.v1; undefined otherwise. */
  readonly manifest: ManifestV1 | undefined;
  /** Why it is not valid (file problems, then contract violations). */
  readonly problems: readonly Diagnostic[];
}

/** Every bus manifest the run wrote (existing files only; missing ones are output-paths-exist's). */
export async function writtenManifests(ctx: RunContext): Promise<WrittenManifest[]> {
  const out: WrittenManifest[] = [];
  const validate = ctx.validators.validatorFor(MANIFEST_CONTRACT);
  if (validate === undefined) throw new Error('The manual has no manifest.v1 contract to verify manifests with.');
  for (const o of writtenOutputs(ctx)) {
    if (o.template?.contract !== MANIFEST_CONTRACT || ctx.files.stat(o.path).kind !== 'file') continue;
    const data = partitionOf(ctx.templates, o.template);
    const contracts = [...new Set(data.map((t) => t.contract))];
    const read = await ctx.document(o.path);
    const problems = [...read.diagnostics, ...(read.value === undefined ? [] : documentViolations('VERIFY_MANIFEST_INVALID', o.path, read, validate, `contract ${MANIFEST_CONTRACT}`))];
    out.push({
      path: o.path,
      dir: dirnameOf(o.path),
      date: o.template.match(o.path)?.date,
      contract: contracts.length === 1 ? contracts[0] : undefined,
      data,
      manifest: problems.length === 0 ? (read.value as ManifestV1) : undefined,
      problems,
    });
  }
  return out;
}
