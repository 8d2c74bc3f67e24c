import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../generators/validate/rules';
import { runPipeline } from '../generators/index';
import { caseNames, FAILING_DIR, failingCaseOutput, failingCaseSources } from './helpers/fixture-cases';
import { readerOf, readTree, REPO_ROOT } from './helpers/fixture-reader';

const cases = caseNames(FAILING_DIR);
const expectedOf = (name: string): string => readFileSync(join(FAILING_DIR, name, 'expected.txt'), 'utf8');

/**
 * Codes proven by a test of their own rather than a failing fixture, because no
 * in-memory source can raise them (they concern files on disk, commands or time):
 * code → the test that makes it fire (it must name the code).
 */
const PROVEN_ELSEWHERE: Readonly<Record<string, string>> = {
  VERIFY_ERROR_CODE_UNKNOWN: 'test/fixtures/runs/run-cases.ts',
  VERIFY_ERROR_RETRYABLE_MISMATCH: 'test/fixtures/runs/run-cases.ts',
  VERIFY_FILE_BINARY: 'test/fixtures/runs/run-cases.ts',
  VERIFY_FILE_BOM: 'test/fixtures/runs/run-cases.ts',
  VERIFY_FILE_TOO_LARGE: 'test/verify/verify-run.test.ts',
  VERIFY_INPUT_PRODUCER: 'test/fixtures/runs/run-cases.ts',
  VERIFY_INPUT_UNDECLARED: 'test/fixtures/runs/run-cases.ts',
  VERIFY_JSONL_TRUNCATED: 'test/fixtures/runs/run-cases.ts',
  VERIFY_JSON_INVALID: 'test/fixtures/runs/run-cases.ts',
  VERIFY_LEDGER_INVALID: 'test/verify/verify-ledger-manifest.test.ts',
  VERIFY_LEDGER_MISSING: 'test/verify/verify-ledger-manifest.test.ts',
  VERIFY_LINE_TOO_LONG: 'test/verify/verify-run.test.ts',
  VERIFY_MANIFEST_CREATED_BY: 'test/fixtures/runs/run-cases.ts',
  VERIFY_MANIFEST_FILE_MISSING: 'test/fixtures/runs/run-cases.ts',
  VERIFY_MANIFEST_INVALID: 'test/fixtures/runs/run-cases.ts',
  VERIFY_MANIFEST_PARTITION: 'test/fixtures/runs/run-cases.ts',
  VERIFY_MANIFEST_PRODUCER: 'test/fixtures/runs/run-cases.ts',
  VERIFY_MANIFEST_RECORDS: 'test/fixtures/runs/run-cases.ts',
  VERIFY_MANIFEST_SHA256: 'test/fixtures/runs/run-cases.ts',
  VERIFY_MANIFEST_UNLISTED_FILE: 'test/fixtures/runs/run-cases.ts',
  VERIFY_MEMBER_MANIFEST_INVALID: 'test/verify/verify-ledger-manifest.test.ts',
  VERIFY_MEMBER_MANIFEST_MISSING: 'test/verify/verify-ledger-manifest.test.ts',
  VERIFY_MEMBER_MANIFEST_OUT_OF_SYNC: 'test/verify/verify-ledger-manifest.test.ts',
  VERIFY_MEMBER_UNREGISTERED: 'test/verify/verify-ledger-manifest.test.ts',
  VERIFY_NOT_A_FILE: 'test/fixtures/runs/run-cases.ts',
  VERIFY_OUTPUT_INVALID: 'test/verify/verify-run.test.ts',
  VERIFY_OUTPUT_PATH_MISSING: 'test/fixtures/runs/run-cases.ts',
  VERIFY_OUTPUT_REQUIRED_MISSING: 'test/fixtures/runs/run-cases.ts',
  VERIFY_OUTPUT_UNDECLARED: 'test/fixtures/runs/run-cases.ts',
  VERIFY_PATH_OUTSIDE_PARTITION: 'test/fixtures/runs/run-cases.ts',
  VERIFY_PATH_OUTSIDE_REPO: 'test/fixtures/runs/run-cases.ts',
  VERIFY_PLUGIN_UNKNOWN: 'test/verify/verify-ledger-manifest.test.ts',
  VERIFY_RUN_PROJECT_MISMATCH: 'test/fixtures/runs/run-cases.ts',
  VERIFY_RUN_RECORD_INVALID: 'test/fixtures/runs/run-cases.ts',
  VERIFY_RUN_RECORD_MISSING: 'test/verify/verify-run.test.ts',
  VERIFY_RUN_RECORD_NAME: 'test/fixtures/runs/run-cases.ts',
  VERIFY_SCHEMA_VERSION_UNDECLARED: 'test/fixtures/runs/run-cases.ts',
  VERIFY_SYMLINK: 'test/fixtures/runs/run-cases.ts',
  GATE_STEP_TOO_SLOW: 'test/contracts/draft-2020-12.test.ts',
  GENERATED_CHANGED: 'test/spine/gate.e2e.test.ts',
  GENERATED_MISSING: 'test/spine/gate.e2e.test.ts',
  GENERATED_ORPHAN: 'test/spine/gate.e2e.test.ts',
  IMPORT_DATE_INVALID: 'test/import/convert-records.test.ts',
  IMPORT_DATE_MISSING: 'test/import/convert-records.test.ts',
  IMPORT_FIELD_DROPPED: 'test/import/convert-records.test.ts',
  IMPORT_LINK_UNRESOLVED: 'test/import/convert-records.test.ts',
  IMPORT_NUMBER_DIFFERS: 'test/import/convert-records.test.ts',
  IMPORT_NUMBER_DUPLICATE: 'test/import/convert-records.test.ts',
  IMPORT_NUMBER_TAKEN: 'test/import/convert-records.test.ts',
  IMPORT_NUMBER_ZERO: 'test/import/convert-records.test.ts',
  IMPORT_SECTION_ADDED: 'test/import/convert-records.test.ts',
  IMPORT_STATUS_LINE_UNMAPPED: 'test/import/convert-records.test.ts',
  IMPORT_STATUS_MAPPED: 'test/import/convert-records.test.ts',
  IMPORT_STATUS_MISSING: 'test/import/convert-records.test.ts',
  IMPORT_STATUS_UNMAPPED: 'test/import/convert-records.test.ts',
  IMPORT_TITLE_MISSING: 'test/import/convert-records.test.ts',
  RELOCK_NOT_LOCKED: 'test/evolution/gate.e2e.test.ts',
  RECONCILE_BUILD_EDGE_UNUSED: 'test/sync/sync.e2e.test.ts',
  RECONCILE_UNDECLARED_DEPENDENCY: 'test/sync/sync.e2e.test.ts',
  SYNC_MANIFEST_FILE_INVALID: 'test/sync/manifest-file.test.ts',
  SYNC_MANIFEST_INVALID: 'test/sync/sync.e2e.test.ts',
  SYNC_MANIFEST_MISSING: 'test/sync/sync.e2e.test.ts',
  SYNC_NAME_MISMATCH: 'test/sync/sync.e2e.test.ts',
  SYNC_GIT_UNREACHABLE: 'test/sync/sync-from-git.e2e.test.ts',
  SYNC_UPSTREAM_CHANGED: 'test/sync/sync-from-git.e2e.test.ts',
  SOURCE_INVALID_UTF8: 'test/load/hostile-files.test.ts',
  SOURCE_SYMLINK: 'test/load/hostile-files.test.ts',
  SOURCE_TOO_LARGE: 'test/load/hostile-files.test.ts',
};
/** Upper-case string literals in the code that are not our diagnostic codes. */
const NOT_CODES = new Set(['TAG_RESOLVE_FAILED' /* the yaml library's own warning code */, 'FETCH_HEAD' /* git's name for what was fetched */]);

/** Every diagnostic code the code can raise: each upper-snake-case string literal under generators/. */
function declaredCodes(): string[] {
  const codes = new Set<string>();
  for (const file of readdirSync(join(REPO_ROOT, 'generators'), { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts')) continue;
    for (const m of readFileSync(join(REPO_ROOT, 'generators', file), 'utf8').matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g)) {
      if (!NOT_CODES.has(m[1] as string)) codes.add(m[1] as string);
    }
  }
  return [...codes].sort();
}

describe('failing fixtures: bad sources → the expected diagnostics', () => {
  it.each(cases)('%s', async (name) => {
    expect(await failingCaseOutput(name)).toBe(expectedOf(name));
  });

  it('every diagnostic code in the code has a fixture (or a named test) proving it fires', () => {
    const fired = new Set(cases.flatMap((name) => [...expectedOf(name).matchAll(/ ([A-Z][A-Z0-9_]+)(?: \(warning\))?: /g)].map((m) => m[1])));
    const codes = declaredCodes();
    // The scan must see the rule table's codes, or it scans nothing.
    expect(RULES.flatMap((r) => r.codes).filter((code) => !codes.includes(code))).toEqual([]);
    const unproven = codes.filter((code) => !fired.has(code) && !readFileSync(join(REPO_ROOT, PROVEN_ELSEWHERE[code] ?? 'package.json'), 'utf8').includes(code));
    expect(unproven).toEqual([]);
  });

  it('one mistake, one diagnostic: no diagnostic names a file the fixture did not make wrong', async () => {
    for (const name of cases) {
      const dir = join(FAILING_DIR, name);
      const listed = (file: string): string[] => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '') : []);
      // Files the fixture changed, removed, or (also-wrong.txt) made wrong through a relation: a duplicate's twin, a consumer of a removed contract.
      const wrong = new Set([...Object.keys(readTree(join(dir, 'overlay'))), ...listed('remove.txt'), ...listed('also-wrong.txt')]);
      const result = await runPipeline(readerOf(failingCaseSources(name)));
      const named = (result.ok ? result.warnings : result.diagnostics).map((d) => d.file);
      expect(named.filter((file) => !wrong.has(file)), name).toEqual([]);
    }
  });

  it('every rule is listed once under a unique name', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
