import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../generators/catalog';
import { diskReader } from '../../generators/load/source-reader';
import { catalogVerifyManual } from '../../generators/verify/catalog-manual';
import type { VerifyManual } from '../../generators/verify/verify-manual';
import { diskRunFiles } from '../../generators/verify/disk-run-files';
import { verifyLedger } from '../../generators/verify/verify-ledger';
import { verifyMemberManifest } from '../../generators/verify/verify-member-manifest';
import { REPO_ROOT } from '../helpers/fixture-reader';

let catalog: VerifyManual;
let tmp = '';
beforeAll(() => {
  const r = loadCatalog(diskReader(REPO_ROOT));
  if (!r.ok) throw new Error('sources have problems');
  catalog = catalogVerifyManual(r.catalog);
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));
const codes = (r: { diagnostics: ReadonlyArray<{ code: string }> }): string[] => r.diagnostics.map((d) => d.code);

describe('verify ledger', () => {
  it('valid entries pass; an invalid one, a missing ledger and an unknown plugin each have their code', async () => {
    tmp = mkdtempSync(join(tmpdir(), 'ops-ledger-'));
    const entry = { actions_requested: [], duplicate_of: '', file_path: 'a.txt', file_sha256: '0'.repeat(64), lifecycle_event: 'FileDetected', plugin_id: 'dedupe-keeper-01M7Y40K5C9RFVKH0K69FVR6EA', plugin_version: '1.0.0', policy_pack_version: '2026-11-01.v1', result_status: 'noop', run_id: '01JD3X5ZQ8M4T7V2K9N6R1B0CE', timestamp_utc: '2026-11-02T10:00:00Z' };
    writeFileSync(join(tmp, 'ledger.jsonl'), JSON.stringify(entry) + '\n');
    const files = diskRunFiles(tmp);
    expect((await verifyLedger(catalog, 'DedupeKeeper', files, 'ledger.jsonl', 'ledger.jsonl')).status).toBe('compliant');
    writeFileSync(join(tmp, 'ledger.jsonl'), JSON.stringify({ ...entry, result_status: 'maybe' }) + '\n');
    const bad = await verifyLedger(catalog, 'DedupeKeeper', files, 'ledger.jsonl', 'ledger.jsonl');
    expect(codes(bad)).toEqual(['VERIFY_LEDGER_INVALID']);
    expect(bad.diagnostics[0]).toMatchObject({ line: 1, pointer: '/result_status' });
    expect(codes(await verifyLedger(catalog, 'DedupeKeeper', files, 'none.jsonl', 'none.jsonl'))).toEqual(['VERIFY_LEDGER_MISSING']);
    expect(codes(await verifyLedger(catalog, 'Nope', files, 'ledger.jsonl', 'ledger.jsonl'))).toEqual(['VERIFY_PLUGIN_UNKNOWN']);
  });
});

describe('verify manifest', () => {
  const checkout = (): string => {
    tmp = mkdtempSync(join(tmpdir(), 'ops-manifest-'));
    cpSync(join(REPO_ROOT, 'test/fixtures/runs/summarizer'), tmp, { recursive: true });
    return tmp;
  };
  const run = (repo: string, reconcile = false) => verifyMemberManifest(catalog, diskRunFiles(repo), repo, reconcile);
  const file = (repo: string): string => join(repo, 'ecosystem.manifest.json');

  it('in sync passes, also with --reconcile', async () => {
    const repo = checkout();
    expect((await run(repo)).status).toBe('compliant');
    expect((await run(repo, true)).status).toBe('compliant');
  });

  it.each<[string, (text: string) => string | undefined]>([
    ['VERIFY_MEMBER_MANIFEST_MISSING', () => undefined],
    ['VERIFY_MEMBER_MANIFEST_INVALID', (t) => t.replace('"layer": "summaries"', '"layer": 3')],
    ['VERIFY_MEMBER_UNREGISTERED', (t) => t.replace('"name": "summarizer"', '"name": "stranger"')],
    ['VERIFY_MEMBER_MANIFEST_OUT_OF_SYNC', (t) => t.replace('"orthogonal": false', '"orthogonal": true')],
  ])('%s', async (code, change) => {
    const repo = checkout();
    const next = change(readFileSync(file(repo), 'utf8'));
    if (next === undefined) rmSync(file(repo));
    else writeFileSync(file(repo), next);
    expect(codes(await run(repo))).toEqual([code]);
  });
});
