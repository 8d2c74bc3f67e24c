import { manifestComplete } from './manifests/manifest-complete';
import { manifestCreatedBy } from './manifests/manifest-created-by';
import { manifestFilesMatch } from './manifests/manifest-files-match';
import { manifestPartition } from './manifests/manifest-partition';
import { manifestProducer } from './manifests/manifest-producer';
import { manifestValid } from './manifests/manifest-valid';
import { outputPathsExist } from './outputs/output-paths-exist';
import { outputsDeclared } from './outputs/outputs-declared';
import { outputsValid } from './outputs/outputs-valid';
import { requiredOutputsExist } from './outputs/required-outputs-exist';
import type { RunRule } from './rule';
import type { RuleInfo } from './rule-info';
import { runRecordErrorCodes } from './run-record/run-record-error-codes';
import { runRecordExists } from './run-record/run-record-exists';
import { runRecordProject } from './run-record/run-record-project';
import { runRecordValid } from './run-record/run-record-valid';
import { inputContractDeclared } from './seams/input-contract-declared';
import { inputProducerValid } from './seams/input-producer-valid';
import { schemaVersionsDeclared } from './seams/schema-versions-declared';

/** Found and read before the others, which all need a valid run record. */
export const RECORD_RULES: readonly RuleInfo[] = [runRecordExists, runRecordValid];

/** The rules over a run with a valid record, by group, in report order. */
export const RUN_RULES: readonly RunRule[] = [
  runRecordProject,
  runRecordErrorCodes,
  inputContractDeclared,
  inputProducerValid,
  schemaVersionsDeclared,
  outputPathsExist,
  requiredOutputsExist,
  outputsDeclared,
  outputsValid,
  manifestValid,
  manifestProducer,
  manifestPartition,
  manifestCreatedBy,
  manifestFilesMatch,
  manifestComplete,
];

export const ALL_RUN_RULES: readonly RuleInfo[] = [...RECORD_RULES, ...RUN_RULES];
