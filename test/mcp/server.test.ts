import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOOLS } from '../../generators/mcp/tools';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { runCli } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';
import { startServer, type ServerSession } from './client';

/**
 * The MCP server as a client meets it: a child process over stdio, driven by the
 * SDK's own client, answering from a copy of the bundled example.
 */
let repo: ReturnType<typeof makeTempRepo>;
let server: ServerSession;

beforeAll(async () => {
  repo = makeTempRepo();
  server = await startServer(repo.root);
});

afterAll(async () => {
  await server?.close();
  repo?.cleanup();
});

describe('the MCP server on the bundled example', () => {
  it('lists every tool with input and output schemas', async () => {
    const { tools } = await server.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(TOOLS.map((t) => t.name).sort());
    expect(tools.map((t) => t.name)).toEqual(expect.arrayContaining(['describe_member', 'get_contract', 'who_reads', 'impact_of_change', 'allowed_inputs', 'search_decisions', 'get_adr', 'check_sources', 'verify_run']));
    for (const tool of tools) {
      expect(tool.inputSchema.type, tool.name).toBe('object');
      expect(tool.inputSchema.additionalProperties, tool.name).toBe(false);
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.description?.length ?? 0, tool.name).toBeGreaterThan(40);
    }
  });

  it('every tool is documented in the README and on the for-machines page', () => {
    for (const page of ['README.md', 'docs/machines.md']) {
      const text = readFileSync(join(REPO_ROOT, page), 'utf8');
      expect(TOOLS.filter((t) => !text.includes(`\`${t.name}`)).map((t) => t.name), page).toEqual([]);
    }
  });

  it('who_reads("event.v2") names the summarizer, and its writer', async () => {
    const answer = await server.answer<{ readers: Array<{ member: string; repo: string }>; writers: Array<{ member: string }> }>('who_reads', { contract: 'event.v2' });
    expect(answer.readers.map((r) => r.member)).toEqual(['summarizer']);
    expect(answer.readers[0]?.repo).toBe('https://git.example.org/pipeline/summarizer');
    expect(answer.writers.map((w) => w.member)).toEqual(['gpt_eventbus']);
  });

  it('describe_member gives what a run reads, writes, records and smoke-tests', async () => {
    const answer = await server.answer<{ member: { inputs: Array<{ contract: string }>; outputs: Array<{ contract: string; path: string }>; runRecords: string; smokeTest: { command: string } }; schemas: Array<{ contract: string; schema: string }> }>('describe_member', { name: 'summarizer' });
    expect(answer.member.inputs.map((i) => i.contract)).toEqual(['event.v2', 'sessions.v1']);
    expect(answer.member.outputs.find((o) => o.contract === 'summary.v1')?.path).toBe('bus/summaries/{YYYY-MM-DD}/summaries.jsonl');
    expect(answer.member.runRecords).toBe('artifacts/run_records/');
    expect(answer.member.smokeTest.command).toContain('--offline');
    expect(answer.schemas).toContainEqual(expect.objectContaining({ contract: 'run_record.v1', schema: 'https://ops-manual.example.org/schemas/run_record.v1.schema.json' }));
  });

  it('get_contract gives the schema, the family changelog and the migration note', async () => {
    const answer = await server.answer<{ contract: { consumers: string[] }; schema: { $id: string }; changelog: Array<{ version: string; changes: Array<{ path: string; writers: string }>; adrs: number[] }>; migrationNotes: Array<{ adr: number; markdown: string }> }>('get_contract', { id: 'event.v2' });
    expect(answer.schema.$id).toBe('https://ops-manual.example.org/schemas/event.v2.schema.json');
    expect(answer.contract.consumers).toEqual(['summarizer']);
    const v2 = answer.changelog.find((e) => e.version === 'event.v2');
    expect(v2?.adrs).toEqual([11]);
    expect(v2?.changes.some((c) => c.path === 'tokens' && c.writers === 'breaking')).toBe(true);
    expect(answer.migrationNotes[0]?.adr).toBe(11);
    expect(answer.migrationNotes[0]?.markdown.length).toBeGreaterThan(50);
  });

  it('impact_of_change lists consumers with their repos, the ADRs and the later versions', async () => {
    const answer = await server.answer<{ consumers: Array<{ member: string; repo: string }>; adrs: Array<{ id: number }>; laterVersions: string[] }>('impact_of_change', { contract: 'event.v1' });
    expect(answer.consumers.map((c) => c.member)).toEqual(['gpt_sessions']);
    expect(answer.laterVersions).toEqual(['event.v2']);
    expect((await server.answer<{ adrs: Array<{ id: number }> }>('impact_of_change', { contract: 'event.v2' })).adrs.map((a) => a.id)).toContain(11);
  });

  it('allowed_inputs, search_decisions and get_adr answer from the sources', async () => {
    const inputs = await server.answer<{ inputs: Array<{ contract: string }>; couldAdd: Array<{ contract: string }> }>('allowed_inputs', { member: 'kb_digests' });
    expect(inputs.inputs.map((i) => i.contract).sort()).toEqual(['sessions.v1', 'summary.v1']);
    expect(inputs.couldAdd.map((c) => c.contract)).not.toContain('summary.v1');
    const found = await server.answer<{ matches: Array<{ id: number }>; total: number }>('search_decisions', { text: 'summary PARTITION' });
    expect(found.matches.map((m) => m.id)).toEqual([7, 8]);
    expect((await server.answer<{ matches: Array<{ id: number }> }>('search_decisions', { text: 'summary PARTITION', status: 'accepted' })).matches.map((m) => m.id)).toEqual([8]);
    expect((await server.answer<{ total: number }>('search_decisions', { text: 'summary', status: 'rejected' })).total).toBe(0);
    const adr = await server.answer<{ adr: { supersedes: number[] }; body: string }>('get_adr', { id: 8 });
    expect(adr.adr.supersedes).toEqual([7]);
    expect(adr.body).toContain('## Decision');
  });

  it('check_sources reports what npm run check reports', async () => {
    const report = await server.answer<{ ok: boolean; summary: string; diagnostics: unknown[] }>('check_sources');
    expect(report.ok).toBe(true);
    expect(report.summary).toMatch(/^check: \d+ sources valid; \d+ generated files up to date\.$/);
  });

  it('verify_run checks a run of a member as npm run verify does', async () => {
    const checkout = join(REPO_ROOT, 'test', 'fixtures', 'runs', 'summarizer');
    const report = await server.answer<{ ok: boolean; status: string; member: string; summary: string; diagnostics: unknown[] }>('verify_run', { member: 'summarizer', repo: checkout });
    expect(report).toMatchObject({ ok: true, status: 'compliant', member: 'summarizer', diagnostics: [] });
    expect(report.summary).toContain('complies');
    const cli = runCli('verify', ['run', 'summarizer', '--repo', checkout, '--json', '--root', repo.root], repo.root);
    expect(cli.status, cli.output).toBe(0);
    expect(report).toEqual(JSON.parse(cli.stdout));
    // Verified against another member's contract, the same files are a run that violates it.
    const wrong = await server.answer<{ ok: boolean; status: string; diagnostics: Array<{ code: string; rule: string }> }>('verify_run', { member: 'kb_digests', repo: checkout });
    expect(wrong.ok).toBe(false);
    expect(wrong.status).toBe('violations');
    expect(wrong.diagnostics.length).toBeGreaterThan(0);
    expect(wrong.diagnostics.every((d) => d.code.startsWith('VERIFY_') && d.rule.length > 0)).toBe(true);
    expect(await server.error('verify_run', { member: 'summarizer', repo: join(checkout, 'nonexistent') })).toMatch(/^repo: ".*nonexistent" is not an existing folder/);
    expect(await server.error('verify_run', { member: 'nobody', repo: checkout })).toMatch(/^No admitted member "nobody"\. Admitted members that exist: /);
    expect(await server.error('verify_run', { member: 'summarizer', repo: checkout, run: 'latest' })).toMatch(/run id .* at run/);
  });

  it('serves every page as a Markdown resource at its URL on the site', async () => {
    const { resources } = await server.client.listResources();
    const uris = resources.map((r) => r.uri);
    expect(uris).toContain('https://ops-manual.example.org/contracts/event.v2.md');
    expect(uris).toContain('https://ops-manual.example.org/llms.txt');
    const read = await server.client.readResource({ uri: 'https://ops-manual.example.org/contracts/event.v2.md' });
    const content = read.contents[0] as { text: string; mimeType: string };
    expect(content.mimeType).toBe('text/markdown');
    expect(content.text).toBe(readFileSync(join(repo.root, 'static', 'contracts', 'event.v2.md'), 'utf8'));
    await expect(server.client.readResource({ uri: 'https://ops-manual.example.org/../../etc/passwd' })).rejects.toThrow();
    await expect(server.client.readResource({ uri: 'https://ops-manual.example.org/registry/_category_.yml' })).rejects.toThrow(/No page/);
  });
});

describe('bad input', () => {
  it('a missing, an extra or a mistyped argument is an error naming it', async () => {
    expect(await server.error('describe_member', {})).toMatch(/expected string, received undefined at name/);
    expect(await server.error('describe_member', { name: 'summarizer', verbose: true })).toMatch(/Unrecognized key: "verbose"/);
    expect(await server.error('describe_member', { name: 42 })).toMatch(/expected string, received number at name/);
    expect(await server.error('get_adr', { id: 'eight' })).toMatch(/ at id/);
    expect(await server.error('search_decisions', { text: 'x', status: 'maybe' })).toMatch(/ at status/);
  });

  it('an id with path characters is refused before any lookup', async () => {
    for (const [tool, arg, value] of [
      ['describe_member', 'name', '../registry'],
      ['allowed_inputs', 'member', 'a/b'],
      ['get_contract', 'id', '../../etc/passwd'],
      ['who_reads', 'contract', 'event.v2/../x'],
      ['impact_of_change', 'contract', 'C:\\event.v2'],
    ] as const) {
      const message = await server.error(tool, { [arg]: value });
      expect(message, tool).toMatch(new RegExp(`path characters .* are refused at ${arg}`));
      expect(message, tool).not.toContain('No ');
    }
  });

  it('an unknown id is an error listing the ids that exist', async () => {
    expect(await server.error('who_reads', { contract: 'event.v9' })).toBe(
      'No contract "event.v9". Contracts that exist: chunks.v1, clusters.v1, digests.l2.v1, event.v1, event.v2, manifest.v1, run_record.v1, sessions.v1, summary.v1.',
    );
    expect(await server.error('describe_member', { name: 'nobody' })).toMatch(/^No member "nobody"\. Members that exist: gpt_eventbus, gpt_sessions, kb_chunks, kb_digests, summarizer\.$/);
    expect(await server.error('get_adr', { id: 99 })).toMatch(/^No ADR 99\. ADRs that exist: 1, 2, 3, .*, 11\.$/);
  });
});

describe('the working tree changes under it', () => {
  it('a source edit shows in the next answer, and broken sources make every call answer with the problems', async () => {
    const manifestPath = join(repo.root, 'registry', 'projects', 'kb_digests.json');
    const original = readFileSync(manifestPath, 'utf8');
    const manifest = JSON.parse(original) as { summary: string };
    manifest.summary = 'Edited while the server runs.';
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
    expect((await server.answer<{ member: { summary: string } }>('describe_member', { name: 'kb_digests' })).member.summary).toBe('Edited while the server runs.');

    writeFileSync(manifestPath, '{ "name": "kb_digests", ');
    for (const tool of ['describe_member', 'who_reads', 'get_adr'] as const) {
      const args = tool === 'describe_member' ? { name: 'kb_digests' } : tool === 'who_reads' ? { contract: 'event.v2' } : { id: 1 };
      const message = await server.error(tool, args);
      expect(message, tool).toMatch(/^The sources of the manual have problems/);
      expect(message, tool).toContain('registry/projects/kb_digests.json (line 1:');
      expect(message, tool).toContain('SOURCE_JSON_SYNTAX');
    }
    const report = await server.answer<{ ok: boolean; diagnostics: Array<{ code: string; file: string }> }>('check_sources');
    expect(report.ok).toBe(false);
    expect(report.diagnostics).toContainEqual(expect.objectContaining({ code: 'SOURCE_JSON_SYNTAX', file: 'registry/projects/kb_digests.json' }));

    writeFileSync(manifestPath, original);
    expect((await server.answer<{ readers: Array<{ member: string }> }>('who_reads', { contract: 'summary.v1' })).readers.map((r) => r.member)).toContain('kb_digests');
  });
});
