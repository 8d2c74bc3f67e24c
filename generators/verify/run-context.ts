import type { ManifestV1 } from '../../src/types/contracts/manifest.v1';
import type { RunRecordV1 } from '../../src/types/contracts/run_record.v1';
import { readDocument, scanJsonl, type DocumentRead, type FileScan } from './file-scan';
import type { VerifyLimits } from './limits';
import type { OutputTemplate } from './output-templates';
import type { RunFiles } from './run-files';
import type { ValidatorSource } from './validator-source';
import type { VerifyModel } from './verify-model';

export type { ManifestV1, RunRecordV1 };

/** Everything a run rule reads: the manual's data, the checkout's files, the run record (already valid). */
export interface RunContext {
  readonly model: VerifyModel;
  readonly files: RunFiles;
  readonly validators: ValidatorSource;
  readonly limits: VerifyLimits;
  readonly templates: readonly OutputTemplate[];
  /** Checkout-relative path of the run record. */
  readonly recordPath: string;
  readonly record: RunRecordV1;
  /** The partition dates the run is checked for: `--date`, else the dates in its output paths. */
  readonly dates: readonly string[];
  /** One streamed pass over a JSONL file (sha256, lines, contract check), shared by every rule that needs it. */
  scan(path: string, contract: string): Promise<FileScan>;
  /** One read of a JSON document, shared by every rule that needs it. */
  document(path: string): Promise<DocumentRead>;
  /**
   * True the first time it is asked for a path: a path that cannot be read (a
   * link, a folder) is reported by the first rule that meets it, in rule order,
   * and skipped by the others, so one mistake is one diagnostic.
   */
  firstReportOf(path: string): boolean;
}

export function runContext(input: Omit<RunContext, 'scan' | 'document' | 'firstReportOf'>): RunContext {
  const scans = new Map<string, Promise<FileScan>>();
  const docs = new Map<string, Promise<DocumentRead>>();
  const reported = new Set<string>();
  return {
    ...input,
    firstReportOf(path) {
      if (reported.has(path)) return false;
      reported.add(path);
      return true;
    },
    scan(path, contract) {
      const key = `${contract}\0${path}`;
      let p = scans.get(key);
      if (p === undefined) {
        p = scanJsonl(input.files, path, contract, input.validators.validatorFor(contract), input.limits);
        scans.set(key, p);
      }
      return p;
    },
    document(path) {
      let p = docs.get(path);
      if (p === undefined) {
        p = readDocument(input.files, path, input.limits);
        docs.set(path, p);
      }
      return p;
    },
  };
}
