import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { diskRunFiles } from '../../verify/disk-run-files';
import { ULID } from '../../verify/rules/run-record/run-record-exists';
import { catalogVerifyManual } from '../../verify/catalog-manual';
import { verifyModel } from '../../verify/verify-model';
import { verifyRun as verify } from '../../verify/verify-run';
import { memberName, ToolArgumentError, UnknownIdError } from '../ids';
import { verifyReportShape } from '../shapes';
import { defineTool } from '../tool';

/** A run of a member checked against the manual: what `npm run verify -- run --json` prints. */
export const verifyRunTool = defineTool({
  name: 'verify_run',
  title: 'Verify a run',
  description:
    "Checks one run of a member against the manual, as `npm run verify -- run <member> --repo <checkout> --json` does: its run record (exists, valid run_record.v1, project, error codes in the taxonomy), its seams (input manifests of declared contracts, written by their producers; schema versions), its outputs (required ones exist even empty, listed paths exist, each validates against its contract line by line, none undeclared) and the bus manifests it wrote. status is compliant, violations (stop the line), stopped or failed (a failed run recorded as the manual requires; stopped when an error has stopTheLine). Nothing outside the checkout is read.",
  input: z.strictObject({
    member: memberName,
    repo: z.string().min(1).max(4096).describe('The member checkout holding the run: an absolute path, or one relative to the manual folder.'),
    run: z.string().regex(ULID, 'must be a run id (a ULID)').optional().describe('The run to check; default the latest.'),
    date: z.iso.date().optional().describe('The partition date (YYYY-MM-DD); without run, the latest run that wrote it.'),
  }),
  output: verifyReportShape,
  async run(context, { member, repo, run, date }) {
    const manual = catalogVerifyManual(context.catalog);
    const model = verifyModel(manual.data, member);
    if (!model.ok) throw new UnknownIdError('admitted member', member, model.known);
    const checkout = isAbsolute(repo) ? repo : resolve(context.root, repo);
    if (!statSync(checkout, { throwIfNoEntry: false })?.isDirectory()) throw new ToolArgumentError(`repo: ${JSON.stringify(repo)} is not an existing folder (resolved against the manual folder when relative).`);
    const selection = { ...(run === undefined ? {} : { run }), ...(date === undefined ? {} : { date }) };
    const report = await verify(model.model, diskRunFiles(checkout), manual.validators, selection);
    return report as z.infer<typeof verifyReportShape>;
  },
});
