import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MANIFEST_FILE } from '../../generators/model/registry-view';
import { loadRegistry } from '../../generators/sync/load-registry';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { makeTempRepo } from '../helpers/temp-repo';

describe('the manifest file name', () => {
  const repo = makeTempRepo();
  afterAll(() => repo.cleanup());
  const registryPath = join(repo.root, 'registry', 'registry.json');
  const withManifestFile = (value: string | undefined): void => {
    const doc = JSON.parse(readFileSync(join(REPO_ROOT, 'registry', 'registry.json'), 'utf8')) as Record<string, unknown>;
    if (value === undefined) delete doc['manifestFile'];
    else doc['manifestFile'] = value;
    writeFileSync(registryPath, JSON.stringify(doc));
  };

  it('defaults to what the registry meta-schema documents', () => {
    const meta = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'meta', 'registry.schema.json'), 'utf8')) as { properties: { manifestFile: { default: string } } };
    expect(DEFAULT_MANIFEST_FILE).toBe(meta.properties.manifestFile.default);
    withManifestFile(undefined);
    const loaded = loadRegistry(repo.root);
    expect(loaded.ok && loaded.value.manifestFile).toBe(DEFAULT_MANIFEST_FILE);
  });

  it('is taken from the registry when set', () => {
    withManifestFile('pipeline.json');
    const loaded = loadRegistry(repo.root);
    expect(loaded.ok && loaded.value.manifestFile).toBe('pipeline.json');
  });

  it.each(['.', '..'])('refuses %j, which names a folder', (value) => {
    withManifestFile(value);
    const loaded = loadRegistry(repo.root);
    expect(loaded.ok ? [] : loaded.diagnostics.map((d) => `${d.code} ${d.file}#${d.pointer}`)).toEqual(['SYNC_MANIFEST_FILE_INVALID registry/registry.json#/manifestFile']);
  });

  it('needs a valid registry', () => {
    writeFileSync(registryPath, '{ "name": ');
    const loaded = loadRegistry(repo.root);
    const codes = loaded.ok ? [] : loaded.diagnostics.map((d) => `${d.code} ${d.file}`);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['SOURCE_JSON_SYNTAX registry/registry.json']));
  });
});
