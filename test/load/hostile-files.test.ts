import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generators/index';
import { diskReader } from '../../generators/load/source-reader';
import { SOURCE_LAYOUT, SOURCE_ROOTS } from '../../generators/load/source-layout';
import { SOURCE_LIMITS } from '../../generators/load/source-limits';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { runCli } from '../helpers/run-command';

/** Files on disk no in-memory fixture can hold: links, bytes that are not UTF-8, oversized files, BOMs. */
describe('the disk reader refuses what it must not hand over', () => {
  let root = '';
  const sources = (): string => {
    root = mkdtempSync(join(tmpdir(), 'ops-hostile-'));
    // docs/ too: ADRs link to its hand-written pages.
    for (const dir of [...SOURCE_ROOTS, SOURCE_LAYOUT.docsDir]) cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true });
    return root;
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const codesOf = async (dir: string): Promise<Array<[string, string]>> => {
    const result = await runPipeline(diskReader(dir));
    return result.ok ? [] : result.diagnostics.map((d) => [d.code, d.file]);
  };

  it('SOURCE_SYMLINK: a linked plugin folder, ADR and page are refused, never followed', async () => {
    const dir = sources();
    const outside = mkdtempSync(join(tmpdir(), 'ops-outside-'));
    cpSync(join(dir, 'registry/plugins/DedupeKeeper'), join(outside, 'Linked'), { recursive: true });
    symlinkSync(join(outside, 'Linked'), join(dir, 'registry/plugins/Linked'), 'dir');
    symlinkSync(join(dir, 'adr/0001-registry-is-the-single-source-of-truth.md'), join(dir, 'adr/0099-linked.md'));
    symlinkSync(join(dir, 'docs/index.md'), join(dir, 'docs/linked.md'));
    try {
      expect(await codesOf(dir)).toEqual([
        ['SOURCE_SYMLINK', 'adr/0099-linked.md'],
        ['SOURCE_SYMLINK', 'docs/linked.md'],
        ['SOURCE_SYMLINK', 'registry/plugins/Linked'],
      ]);
      // The command too: exit 1 with the report, not the cache's EISDIR crash (exit 2).
      const check = runCli('check', ['--root', dir], REPO_ROOT);
      expect(check.status, check.output).toBe(1);
      expect(check.stderr).toContain('SOURCE_SYMLINK');
      expect(check.output).not.toContain('Internal error');
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('SOURCE_INVALID_UTF8: names the byte offset instead of publishing U+FFFD', async () => {
    const dir = sources();
    const path = join(dir, 'registry/projects/kb_chunks.json');
    const text = readFileSync(path);
    const at = text.indexOf('"summary"') + 12;
    writeFileSync(path, Buffer.concat([text.subarray(0, at), Buffer.from([0xff, 0xfe]), text.subarray(at)]));
    const result = await runPipeline(diskReader(dir));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['SOURCE_INVALID_UTF8', 'registry/projects/kb_chunks.json']]);
    expect(result.diagnostics[0]?.message).toContain(`offset ${at} (0xff)`);
  });

  it('SOURCE_TOO_LARGE: a file over the limit is not read at all', async () => {
    const dir = sources();
    const path = join(dir, 'adr/0001-registry-is-the-single-source-of-truth.md');
    writeFileSync(path, readFileSync(path, 'utf8') + '\n' + 'x'.repeat(SOURCE_LIMITS.fileBytes));
    expect(await codesOf(dir)).toEqual([['SOURCE_TOO_LARGE', 'adr/0001-registry-is-the-single-source-of-truth.md']]);
  });

  it('accepts a UTF-8 BOM and keeps positions right', async () => {
    const dir = sources();
    const adr = join(dir, 'adr/0005-stop-the-line.md');
    writeFileSync(adr, '\uFEFF' + readFileSync(adr, 'utf8'));
    const manifest = join(dir, 'registry/projects/kb_chunks.json');
    const original = readFileSync(manifest, 'utf8');
    const line = original.slice(0, original.indexOf('"summary"')).split('\n').length;
    writeFileSync(manifest, '\uFEFF' + original.replace('"summary"', '"summray"'));
    const result = await runPipeline(diskReader(dir));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // The BOM'd ADR is fine; the manifest's one mistake is reported at its real line and column.
    const found = result.diagnostics.filter((d) => d.file === 'registry/projects/kb_chunks.json' && d.pointer === '/summray');
    expect(found.map((d) => [d.code, d.line, d.column])).toEqual([['SOURCE_SCHEMA_VIOLATION', line, 3]]);
    expect(result.diagnostics.filter((d) => d.file.startsWith('adr/'))).toEqual([]);
  });
});
