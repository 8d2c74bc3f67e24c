import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diff, isClean, shortDiff } from '../../generators/emit/drift';
import { formatDrift } from '../../generators/emit/format-drift';
import { ownerOf } from '../../generators/emit/owned-dirs';
import { write } from '../../generators/emit/write';

let root: string;
const put = (path: string, content: string): void => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
};
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'emit-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const plan = new Map([
  ['docs/registry/index.md', '# Registry\n'],
  ['static/schemas/a.v1.schema.json', '{}\n'],
  ['static/plugins/Foo/manifest.json', '{"id":1}\n'],
]);

describe('diff', () => {
  it('reports missing, changed and orphaned files, all of them', () => {
    put('docs/registry/index.md', '# Edited by hand\n');
    put('docs/registry/stray.md', 'stray\n');
    put('static/plugins/Old/manifest.json', '{}\n');
    const drift = diff(root, plan);
    expect(drift.missing).toEqual(['static/plugins/Foo/manifest.json', 'static/schemas/a.v1.schema.json']);
    expect(drift.changed.map((c) => c.path)).toEqual(['docs/registry/index.md']);
    expect(drift.orphaned).toEqual(['docs/registry/stray.md', 'static/plugins/Old/manifest.json']);
    expect(isClean(drift)).toBe(false);
  });

  it('ignores hand-written files outside the owned folders', () => {
    put('docs/index.md', 'hand-written\n');
    write(root, plan, diff(root, plan));
    expect(isClean(diff(root, plan))).toBe(true);
  });

  it('refuses a plan with a path outside the owned folders', () => {
    expect(() => diff(root, new Map([['docs/index.md', 'x']]))).toThrow(/outside the generator-owned folders/);
    expect(() => diff(root, new Map([['docs/registry/../../etc/passwd', 'x']]))).toThrow(/outside/);
  });
});

describe('write', () => {
  it('writes only missing and changed files, removes orphans and their empty folders', () => {
    put('static/schemas/a.v1.schema.json', '{}\n');
    put('docs/registry/index.md', 'stale\n');
    put('static/plugins/Old/manifest.json', '{}\n');
    const result = write(root, plan, diff(root, plan));
    expect(result.written).toEqual(['docs/registry/index.md', 'static/plugins/Foo/manifest.json']);
    expect(result.removed).toEqual(['static/plugins/Old/manifest.json']);
    expect(read('docs/registry/index.md')).toBe('# Registry\n');
    expect(existsSync(join(root, 'static/plugins/Old'))).toBe(false);
    expect(existsSync(join(root, 'static/plugins'))).toBe(true);
  });

  it('is idempotent: a second run writes nothing', () => {
    write(root, plan, diff(root, plan));
    const second = write(root, plan, diff(root, plan));
    expect(second).toEqual({ written: [], removed: [] });
  });

  it('leaves no temporary files behind', () => {
    write(root, plan, diff(root, plan));
    expect(readdirSync(join(root, 'static/plugins/Foo'))).toEqual(['manifest.json']);
  });
});

describe('reports', () => {
  it('shows a short diff of a changed file', () => {
    expect(shortDiff('a\nb\nc\n', 'a\nB\nc\n')).toBe('@@ line 2 (- on disk, + generated)\n- b\n+ B');
  });

  it('names every drifted file and the command that fixes it', () => {
    const text = formatDrift({ missing: ['docs/registry/a.md'], changed: [{ path: 'docs/registry/b.md', diff: '@@ line 1' }], orphaned: ['docs/registry/c.md'] });
    expect(text).toContain('docs/registry/a.md GENERATED_MISSING');
    expect(text).toContain('docs/registry/b.md GENERATED_CHANGED');
    expect(text).toContain('docs/registry/c.md GENERATED_ORPHAN');
    expect(text).toContain('3 generated files out of date. Run `npm run gen`');
  });

  it('treats odd paths as outside every owned folder', () => {
    expect(ownerOf('docs/registry/index.md')).toBe('docs/registry');
    expect(ownerOf('/docs/registry/index.md')).toBeUndefined();
    expect(ownerOf('docs/registry/./x.md')).toBeUndefined();
    expect(ownerOf('docs/registryx/x.md')).toBeUndefined();
  });
});
