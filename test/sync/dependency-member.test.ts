import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyMember, repoKeyOf } from '../../generators/sync/dependency-member';
import { goDependencies, npmDependencies, type RealDependency } from '../../generators/sync/member-dependencies';

const members = new Map([
  ['gpt_eventbus', 'https://git.example.org/pipeline/gpt_eventbus'],
  ['kb_chunks', 'https://git.example.org/pipeline/kb_chunks'],
]);
const dep = (ecosystem: 'npm' | 'go', name: string, spec = ''): RealDependency => ({ ecosystem, name, spec, file: 'x', pointer: '', line: undefined, column: undefined, section: 's' });

describe('which member a dependency points at', () => {
  const cases: Array<[string, RealDependency, string | undefined]> = [
    ['npm name', dep('npm', 'gpt_eventbus', '^1.0.0'), 'gpt_eventbus'],
    ['scoped npm name', dep('npm', '@pipeline/kb_chunks', '1.2.3'), 'kb_chunks'],
    ['npm git+ssh URL of the repo', dep('npm', '@pipeline/tokenizer', 'git+ssh://git@git.example.org/pipeline/gpt_eventbus.git#v1'), 'gpt_eventbus'],
    ['npm https URL of the repo', dep('npm', 'tok', 'https://git.example.org/pipeline/kb_chunks'), 'kb_chunks'],
    ['npm scp-like URL of the repo', dep('npm', 'tok', 'git@git.example.org:pipeline/kb_chunks.git'), 'kb_chunks'],
    ['unrelated npm package', dep('npm', 'gpt_eventbus-tools', '1.0.0'), undefined],
    ['go module at the repo', dep('go', 'git.example.org/pipeline/gpt_eventbus', 'v1.4.0'), 'gpt_eventbus'],
    ['go package under the repo, major suffix', dep('go', 'git.example.org/pipeline/kb_chunks/reader/v2', 'v2.0.0'), 'kb_chunks'],
    ['go module named like the member elsewhere', dep('go', 'github.com/mirror/gpt_eventbus', 'v1.0.0'), 'gpt_eventbus'],
    ['unrelated go module', dep('go', 'golang.org/x/text', 'v0.14.0'), undefined],
  ];
  it.each(cases)('%s', (_name, d, want) => {
    expect(dependencyMember(d, members)).toBe(want);
  });

  it('normalises repo URLs and refuses plain versions', () => {
    expect(repoKeyOf('git+https://user@Git.Example.org/a/b.git#main')).toBe('git.example.org/a/b');
    expect(repoKeyOf('^1.2.3')).toBeUndefined();
    expect(repoKeyOf('file:../x')).toBeUndefined();
  });
});

describe('reading real dependencies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'deps-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every package.json section with the position of each entry', () => {
    const path = join(dir, 'package.json');
    writeFileSync(path, JSON.stringify({ dependencies: { a: '1' }, devDependencies: { b: '2' }, peerDependencies: { c: '3' }, optionalDependencies: { d: '4' }, bundleDependencies: ['a'] }, null, 2));
    const read = npmDependencies(path, 'ws/m/package.json');
    expect(read?.deps.map((d) => `${d.section}:${d.name}@${d.line}`)).toEqual(['dependencies:a@3', 'devDependencies:b@6', 'peerDependencies:c@9', 'optionalDependencies:d@12', 'bundleDependencies:a@15']);
    expect(read?.deps[0]?.pointer).toBe('/dependencies/a');
  });

  it('reports an unparsable package.json with its position', () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{\n  "dependencies": {\n    "a": "1"\n    "b": "2"\n  }\n}\n');
    expect(npmDependencies(path, 'ws/m/package.json')?.diagnostics.map((d) => `${d.code} ${d.line}`)).toEqual(['SOURCE_JSON_SYNTAX 4']);
  });

  it('reads go.mod requires, single-line and in blocks, with their lines', () => {
    const path = join(dir, 'go.mod');
    writeFileSync(path, 'module example.org/m\n\ngo 1.22\n\nrequire example.org/one v1.0.0\n\nrequire (\n\texample.org/two v0.2.0 // indirect\n\n\texample.org/three v3.0.0\n)\n');
    expect(goDependencies(path, 'ws/m/go.mod')?.map((d) => `${d.name}@${d.line}`)).toEqual(['example.org/one@5', 'example.org/two@8', 'example.org/three@10']);
  });

  it('treats a missing file as no information, not as no dependencies', () => {
    expect(npmDependencies(join(dir, 'none.json'), 'x')).toBeUndefined();
    expect(goDependencies(join(dir, 'none.mod'), 'x')).toBeUndefined();
  });
});
