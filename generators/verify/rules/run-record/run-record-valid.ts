import { diagnostic, type Diagnostic } from '../../../diagnostics/diagnostic';
import { documentViolations, readDocument, unreadable } from '../../file-scan';
import type { VerifyLimits } from '../../limits';
import { RUN_RECORD_CONTRACT } from '../../output-templates';
import type { RunRecordV1 } from '../../run-context';
import type { RunFiles } from '../../run-files';
import type { ValidatorSource } from '../../validator-source';
import type { RuleInfo } from '../rule-info';

export const runRecordValid: RuleInfo = {
  name: 'run-record-valid',
  codes: ['VERIFY_RUN_RECORD_INVALID', 'VERIFY_RUN_RECORD_NAME', 'VERIFY_JSON_INVALID', 'VERIFY_FILE_BOM', 'VERIFY_FILE_BINARY', 'VERIFY_FILE_TOO_LARGE', 'VERIFY_SYMLINK', 'VERIFY_NOT_A_FILE'],
};

/**
 * Reads the run record and checks it against run_record.v1, and that its file is
 * named for its run id. Every other rule needs a valid record, so they run only
 * when this reports nothing.
 */
export async function readRunRecord(files: RunFiles, path: string, validators: ValidatorSource, limits: VerifyLimits): Promise<{ record: RunRecordV1 } | { diagnostics: Diagnostic[] }> {
  const refused = unreadable(files, path, 'The run record');
  if (refused === 'missing') return { diagnostics: [diagnostic('VERIFY_RUN_RECORD_MISSING', path, '', `There is no run record at ${path}.`, 'Write the run record last, whether the run succeeded or failed.')] };
  if (refused !== undefined) return { diagnostics: [refused] };
  const read = await readDocument(files, path, limits);
  if (read.value === undefined) return { diagnostics: [...read.diagnostics] };
  const validate = validators.validatorFor(RUN_RECORD_CONTRACT);
  if (validate === undefined) throw new Error('The manual has no run_record.v1 contract to verify run records with.');
  const violations = documentViolations('VERIFY_RUN_RECORD_INVALID', path, read, validate, `contract ${RUN_RECORD_CONTRACT}`);
  const diagnostics = [...read.diagnostics, ...violations];
  if (violations.length > 0) return { diagnostics };
  const record = read.value as RunRecordV1;
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name !== `${record.run_id}.json`) {
    diagnostics.push(diagnostic('VERIFY_RUN_RECORD_NAME', path, '/run_id', `The run record is named ${name} but its run_id is ${record.run_id}.`, `Name the file ${record.run_id}.json: the run id is how manifests (created_by) and tools find it.`));
  }
  return diagnostics.length > 0 ? { diagnostics } : { record };
}
