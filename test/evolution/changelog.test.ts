import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../generators/index';
import { bundledSources, readerOf } from '../helpers/fixture-reader';
import { pageWithTables } from '../helpers/page-with-tables';

const render = async (files: Record<string, string>): Promise<ReadonlyMap<string, string>> => {
  const result = await runPipeline(readerOf(files));
  if (!result.ok) throw new Error(result.diagnostics.map((d) => `${d.code} ${d.file}`).join('\n'));
  return result.planned;
};

describe('the event family in the bundled example', () => {
  it('shows event.v2 with its ADR, date, classified changes and migration note', async () => {
    const page = pageWithTables(await render(bundledSources()), 'docs/contracts/event.v2.md');
    const changelog = page.slice(page.indexOf('## Changelog of the event family'), page.indexOf('## Decisions affecting'));
    expect(changelog).toContain('### [`event.v1`](./event.v1.md)');
    expect(changelog).toMatch(/Introduced by \[ADR 0011\]\(\.\.\/decisions\/0011-[a-z0-9-]+\.md\) \(accepted, \d{4}-\d{2}-\d{2}\)/);
    expect(changelog).toMatch(/\| `tokens` +\| tokens is now required +\| compatible +\| \*\*breaking\*\* +\|/);
    expect(changelog).toMatch(/\| `source` +\| value "gemini_export" added +\| \*\*breaking\*\* +\| compatible +\|/);
    expect(changelog).toContain('**Migration note** from [ADR 0011]');
    expect(changelog).toContain('**How to detect affected artifacts**');
  });

  it('marks event.v1 as still written while readers move, and superseded once nobody writes it', async () => {
    const files = bundledSources();
    expect((await render(files)).get('docs/contracts/event.v1.md')).toContain('**Status:** still written while readers move to [`event.v2`]');
    const manifest = (name: string): Record<string, unknown> => JSON.parse(files[`registry/projects/${name}.json`] ?? '{}') as Record<string, unknown>;
    const producer = manifest('gpt_eventbus');
    producer['outputs'] = (producer['outputs'] as Array<{ contract: string }>).filter((o) => o.contract !== 'event.v1');
    const reader = manifest('gpt_sessions');
    reader['inputs'] = (reader['inputs'] as string[]).map((id) => (id === 'event.v1' ? 'event.v2' : id));
    const planned = await render({
      ...files,
      'registry/projects/gpt_eventbus.json': JSON.stringify(producer),
      'registry/projects/gpt_sessions.json': JSON.stringify(reader),
    });
    expect(planned.get('docs/contracts/event.v1.md')).toContain('**Status: superseded** by [`event.v2`](./event.v2.md). No member writes it any more');
    expect(planned.has('static/schemas/event.v1.schema.json')).toBe(true);
  });
});
