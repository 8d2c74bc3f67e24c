import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impact } from '../../generators/cli/impact';
import { fingerprint, normativeSchema } from '../../generators/evolution/normative';
import { canonicalJson } from '../../generators/util/canonical-json';
import { createAjv } from '../../generators/validate/create-ajv';
import type { ImpactReport } from '../../src/types/sources/impact-report';
import { captureCommand } from '../helpers/capture-command';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { runCli } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';


const validateReport = createAjv().compile(JSON.parse(readFileSync(join(REPO_ROOT, 'schemas/meta/impact-report.schema.json'), 'utf8')));

/** The commits of the scenario, each changing one thing, as a PR would; the tests compare each with its parent. */
const STEPS = ['contract changed in place', 'new version', 'permission flip', 'member added', 'ADR superseded'] as const;
type Step = (typeof STEPS)[number];

describe('npm run impact over a repository whose commits each change one thing', () => {
  let repo: { root: string; cleanup: () => void };
  const commits = new Map<Step, string>();
  const git = (...args: string[]): string =>
    execFileSync('git', ['-C', repo.root, '-c', 'user.name=t', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args], { encoding: 'utf8' });
  const path = (file: string): string => join(repo.root, file);
  const json = (file: string): Record<string, any> => JSON.parse(readFileSync(path(file), 'utf8')) as Record<string, any>;
  // As a process, as npm runs it: the scaffold then runs gen, which loads its modules lazily.
  const scaffold = (...argv: string[]): void => {
    const r = runCli('new', [...argv, '--root', repo.root], repo.root);
    expect(r.status, r.output).toBe(0);
  };
  const commit = (step: Step): void => {
    git('add', '-A');
    git('commit', '-qm', step);
    commits.set(step, git('rev-parse', 'HEAD').trim());
  };

  /** The report of one step against its parent, in every format; JSON checked against its schema. */
  async function reports(step: Step): Promise<{ text: string; markdown: string; github: string; report: ImpactReport }> {
    const head = commits.get(step) as string;
    const argv = ['--root', repo.root, '--base', `${head}~1`, '--head', head];
    const [text, markdown, github, json] = await Promise.all([
      captureCommand(impact, argv),
      captureCommand(impact, [...argv, '--format', 'markdown']),
      captureCommand(impact, [...argv, '--format', 'github']),
      captureCommand(impact, [...argv, '--json']),
    ]);
    for (const r of [text, markdown, github, json]) expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as ImpactReport;
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    return { text: text.stdout, markdown: markdown.stdout, github: github.stdout, report };
  }

  const ids = (entries: ReadonlyArray<{ id: string | number; change: string }>): string[] => entries.map((e) => `${e.id} ${e.change}`);

  beforeAll(async () => {
    repo = makeTempRepo();
    writeFileSync(path('.gitignore'), 'node_modules\n.cache-ops\n');
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'base');

    // A new value of an enum, changed in place and re-locked as a pre-release fix would be: breaking for readers.
    const schemaFile = 'schemas/contracts/event.v1.schema.json';
    const schema = json(schemaFile);
    schema['properties']['role']['enum'].push('developer');
    writeFileSync(path(schemaFile), JSON.stringify(schema, null, 2) + '\n');
    const lock = json('schemas/contracts.lock.json');
    lock['contracts']['event.v1'] = { fingerprint: fingerprint(schema), normative: normativeSchema(schema) };
    writeFileSync(path('schemas/contracts.lock.json'), canonicalJson(lock));
    commit('contract changed in place');

    scaffold('version', 'summary.v1');
    commit('new version');

    const spec = path('registry/plugins/DedupeKeeper/plugin.spec.json');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('"allowed_actions": ["propose_dedupe", "write_health_metric"]', '"allowed_actions": ["propose_dedupe", "propose_quarantine", "write_health_metric"]'));
    commit('permission flip');

    scaffold('member', 'kb_search', '--role', 'consumer', '--bus', 'chunks', '--layer', 'knowledge');
    commit('member added');

    scaffold('adr', 'Publish digests through the site generator', '--supersedes', '10', '--affects', 'kb_digests');
    commit('ADR superseded');
  }, 120_000);
  afterAll(() => repo.cleanup());

  it('a contract changed in place: the contract, breaking for readers, and its consumers must act', async () => {
    const { text, markdown, github, report } = await reports('contract changed in place');
    expect(ids(report.contracts)).toEqual(['event.v1 changed']);
    expect(report.contracts[0]).toMatchObject({ breaking: true, producers: [expect.objectContaining({ member: 'gpt_eventbus' })] });
    expect(report.contracts[0]?.changes.map((x) => x.readers)).toEqual(['breaking']);
    expect(report.mustAct.map((m) => [m.member, m.contracts])).toEqual([['gpt_sessions', ['event.v1']]]);
    expect([report.members, report.plugins, report.adrs, report.policyPack]).toEqual([[], [], [], null]);
    expect(text.split('\n')[0]).toBe('1 breaking change; 1 member must act (gpt_sessions).');
    expect(text).toContain('contract event.v1: changed BREAKING');
    expect(markdown).toContain('**1 breaking change; 1 member must act (gpt_sessions).**');
    expect(markdown).toMatch(/### Members who must act\n\n\| Member +\| Repo +\| Why +\|\n.*\n\| `gpt_sessions` +\|/);
    expect(github).toMatch(/^::warning file=schemas\/contracts\/event\.v1\.schema\.json,line=\d+,col=1,title=impact%3A contract event\.v1 changed \(breaking\)::/m);
    expect(github).toContain('must act: gpt_sessions');
  });

  it('a new version: the version, its predecessor and ADR, the writer gaining it, the readers not yet on it', async () => {
    const { text, markdown, report } = await reports('new version');
    expect(ids(report.contracts)).toEqual(['summary.v2 new-version']);
    const added = report.contracts[0];
    expect(added).toMatchObject({ previous: 'summary.v1', producers: [expect.objectContaining({ member: 'summarizer' })] });
    expect(added?.adrs.map((a) => [a.id, a.status])).toEqual([[12, 'proposed']]);
    expect(added?.consumers).toEqual([expect.objectContaining({ member: 'kb_digests', readsNew: false })]);
    expect(report.mustAct).toEqual([expect.objectContaining({ member: 'kb_digests', reasons: ['reads an older version of summary; summary.v2 is new'], contracts: ['summary.v2'] })]);
    expect(ids(report.members)).toEqual(['summarizer changed']);
    expect(ids(report.adrs)).toEqual(['0012 added']);
    expect(text).toContain('contract summary.v2: new-version (after summary.v1)');
    expect(markdown).toContain('| `summary.v2` | new version after `summary.v1` | no');
    expect(markdown).toContain('`kb_digests` (not yet)');
  });

  it('a plugin permission flipped: the plugin, breaking, and nothing else', async () => {
    const { text, markdown, github, report } = await reports('permission flip');
    expect(ids(report.plugins)).toEqual(['DedupeKeeper changed']);
    expect(report.plugins[0]?.changes).toEqual([expect.objectContaining({ field: 'allowed_actions', change: 'added', detail: 'propose_quarantine', breaking: true })]);
    expect([report.contracts, report.members, report.adrs, report.mustAct]).toEqual([[], [], [], []]);
    expect(text).toContain('allowed_actions added: propose_quarantine (breaking)');
    expect(markdown).toContain('### Breaking changes\n\n- plugin `DedupeKeeper` changed: allowed_actions added: propose_quarantine');
    expect(github).toMatch(/^::warning file=registry\/plugins\/DedupeKeeper\/plugin\.spec\.json,line=\d+,col=1,title=impact%3A plugin DedupeKeeper changed%3A allowed_actions added \(breaking\)::propose_quarantine$/m);
  });

  it('a member added: the member and its manifest, not breaking', async () => {
    const { text, markdown, github, report } = await reports('member added');
    expect(ids(report.members)).toEqual(['kb_search added']);
    expect(report.members[0]?.breaking).toBe(false);
    expect([report.contracts, report.plugins, report.adrs, report.mustAct]).toEqual([[], [], [], []]);
    expect(text).toContain('member kb_search: added');
    expect(markdown).toContain('**No breaking changes; no member must act.**');
    expect(markdown).not.toContain('### Breaking changes');
    expect(github).toMatch(/^::notice file=registry\/projects\/kb_search\.json,line=1,col=1,title=impact%3A member kb_search added::/m);
  });

  it('an ADR superseded: the new ADR with its link, the old one changing status', async () => {
    const { text, markdown, report } = await reports('ADR superseded');
    expect(ids(report.adrs)).toEqual(['0010 changed', '0013 added']);
    expect(report.adrs[0]?.changes).toEqual([expect.objectContaining({ field: 'status', detail: 'proposed → superseded' })]);
    expect([report.contracts, report.members, report.plugins]).toEqual([[], [], []]);
    expect(text).toContain('adr 0010: changed');
    expect(markdown).toContain('### Decisions');
    expect(markdown).toContain('<details>\n<summary>Changes of 2 ADRs</summary>');
    expect(report.adrs[1]?.changes).toContainEqual(expect.objectContaining({ field: 'supersedes', change: 'added', detail: 'ADR 0010' }));
    expect(markdown).toContain('- `0013`\n  - `supersedes` added: ADR 0010');
  });

  it('a shallow clone without the base commit: one line naming the ref, exit 1', async () => {
    const shallow = mkdtempSync(join(tmpdir(), 'ops-impact-shallow-'));
    try {
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.root}`, shallow]);
      const r = await captureCommand(impact, ['--root', shallow, '--base', 'HEAD~1']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('--base "HEAD~1"');
    } finally {
      rmSync(shallow, { recursive: true, force: true });
    }
  });
});
