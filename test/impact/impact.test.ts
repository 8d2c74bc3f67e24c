import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impact } from '../../generators/cli/impact';
import { createAjv } from '../../generators/validate/create-ajv';
import { captureCommand } from '../helpers/capture-command';
import { REPO_ROOT } from '../helpers/fixture-reader';

const SOURCES = ['schemas', 'registry', 'adr', 'docs'];

const run = (argv: readonly string[]) => captureCommand(impact, argv);

describe('npm run impact over a temporary git repository', () => {
  let root = '';
  const git = (...args: string[]): string => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ops-impact-'));
    for (const dir of SOURCES) cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true });
    git('init', '-q', '-b', 'main');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'add', '-A');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'base');
    const spec = join(root, 'registry/plugins/DedupeKeeper/plugin.spec.json');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('"allowed_actions": ["propose_dedupe", "write_health_metric"]', '"allowed_actions": ["propose_dedupe", "propose_quarantine", "write_health_metric"]'));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'widen a plugin');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('names the widened permission, as text and as JSON valid under its schema', async () => {
    const text = await run(['--root', root, '--base', 'HEAD~1', '--head', 'HEAD']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain('plugin DedupeKeeper: changed BREAKING');
    expect(text.stdout).toContain('allowed_actions added: propose_quarantine (breaking)');
    const json = await run(['--root', root, '--base', 'HEAD~1', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    const validate = createAjv().compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/meta/impact-report.schema.json'), 'utf8')));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report['plugins']).toEqual([expect.objectContaining({ id: 'DedupeKeeper', change: 'changed', breaking: true })]);
    expect(report['contracts']).toEqual([]);
    expect(report['members']).toEqual([]);
  });

  it('a ref that does not exist is one line naming it', async () => {
    const r = await run(['--root', root, '--base', 'no-such-branch']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('--base "no-such-branch" is not a commit in this repository (git fetch it, or check the spelling).');
  });

  it('a binary file in the base tree is a diagnostic naming the side and file, exit 1', async () => {
    const adr = join(root, 'adr/0001-registry-is-the-single-source-of-truth.md');
    const before = readFileSync(adr);
    writeFileSync(adr, Buffer.from([0xff, 0xfe, 0x00, 0x01]));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'binary');
    writeFileSync(adr, before);
    const r = await run(['--root', root, '--base', 'HEAD']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('base HEAD: adr/0001-registry-is-the-single-source-of-truth.md SOURCE_INVALID_UTF8');
  });

  it('a huge file in the base tree is a diagnostic naming the side and file, no stack trace', async () => {
    const adr = join(root, 'adr/0001-registry-is-the-single-source-of-truth.md');
    const before = readFileSync(adr, 'utf8');
    writeFileSync(adr, before + 'x'.repeat(5 * 1024 * 1024));
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qam', 'huge');
    writeFileSync(adr, before);
    const r = await run(['--root', root, '--base', 'HEAD']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('base HEAD: adr/0001-registry-is-the-single-source-of-truth.md SOURCE_TOO_LARGE');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run impact across a meta-schema change', () => {
  let root = '';
  const git = (...args: string[]): string => execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
  const path = (file: string): string => join(root, file);
  const commit = (message: string): void => {
    git('add', '-A');
    git('commit', '-qm', message);
  };
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'ops-impact-meta-'));
    for (const dir of SOURCES) cpSync(join(REPO_ROOT, dir), join(root, dir), { recursive: true });
    git('init', '-q', '-b', 'main');
    commit('current');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('a base older than a meta-schema the head added is read with the head\'s meta-schemas and compared', async () => {
    // As the manual's first commits were: no hand-written page meta-schema yet.
    const meta = readFileSync(path('schemas/meta/page.schema.json'));
    rmSync(path('schemas/meta/page.schema.json'));
    commit('before page meta-schema');
    writeFileSync(path('schemas/meta/page.schema.json'), meta);
    commit('page meta-schema');
    const r = await run(['--root', root, '--base', 'HEAD~1', '--head', 'HEAD']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No impact');
  });

  it('a base whose sources predate a stricter meta-schema: a diagnostic per file naming the ref, and a hint naming the change', async () => {
    const metaFile = 'schemas/meta/error-taxonomy.schema.json';
    const meta = JSON.parse(readFileSync(path(metaFile), 'utf8')) as Record<string, any>;
    const item = meta['properties']['errors']['items'];
    item['required'].push('owner');
    item['properties']['owner'] = { type: 'string', minLength: 1 };
    writeFileSync(path(metaFile), JSON.stringify(meta, null, 2) + '\n');
    const taxonomy = JSON.parse(readFileSync(path('registry/error-taxonomy.json'), 'utf8')) as { errors: Array<Record<string, unknown>> };
    for (const e of taxonomy.errors) e['owner'] = 'platform';
    writeFileSync(path('registry/error-taxonomy.json'), JSON.stringify(taxonomy, null, 2) + '\n');
    commit('every error code has an owner');

    const r = await run(['--root', root, '--base', 'HEAD~1', '--head', 'HEAD']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines.filter((l) => l.startsWith('base HEAD~1: registry/error-taxonomy.json'))).toHaveLength(taxonomy.errors.length);
    expect(r.stderr).not.toContain('head ');
    expect(lines.at(-1)).toBe(
      `impact: ${taxonomy.errors.length} source problems (base HEAD~1); nothing compared. The base is read with the head's meta-schemas, and ${metaFile} changed since: a base from before that change may not meet them; compare from a later base.`,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);

    const markdown = await run(['--root', root, '--base', 'HEAD~1', '--head', 'HEAD', '--format', 'markdown']);
    expect(markdown.code).toBe(1);
    expect(markdown.stdout.split('\n').slice(0, 5)).toEqual(['<!-- ops-manual-impact -->', '', '## Ecosystem impact', '', expect.stringMatching(/^\*\*impact: \d+ source problems \(base HEAD\\~1\); nothing compared\./)]);
    expect(markdown.stdout).toMatch(/^- base HEAD\\~1: `registry\/error-taxonomy\.json(:\d+:\d+)?` `\w+` /m);
  });
});
