import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog as CatalogJson } from '../../src/types/sources';
import { REPO_ROOT } from '../helpers/fixture-reader';
import { bundledSourcesWithPages, planOf } from './helpers';

const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, 'schemas', 'meta', 'catalog.schema.json'), 'utf8')) as object;

let planned: ReadonlyMap<string, string>;
let data: CatalogJson;

beforeAll(async () => {
  ({ planned } = await planOf(bundledSourcesWithPages()));
  data = JSON.parse(planned.get('static/catalog.json') ?? 'null') as CatalogJson;
});

describe('/catalog.json', () => {
  it('validates against schemas/meta/catalog.schema.json', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(SCHEMA);
    expect(validate(data) ? [] : validate.errors).toEqual([]);
  });

  it('is the file on disk: the committed copy is current', () => {
    expect(readFileSync(join(REPO_ROOT, 'static', 'catalog.json'), 'utf8')).toBe(planned.get('static/catalog.json'));
  });

  it('describes each member with its seams, how to run it and its typed edges both ways', () => {
    const summarizer = data.members.find((m) => m.name === 'summarizer');
    expect(summarizer).toMatchObject({
      status: 'admitted',
      role: { kind: 'producer', bus: 'summary' },
      layer: 'summaries',
      runRecords: 'artifacts/run_records/',
      links: { page: 'https://ops-manual.example.org/registry/summarizer', markdown: 'https://ops-manual.example.org/registry/summarizer.md' },
    });
    expect(summarizer?.inputs).toContainEqual({ contract: 'event.v2', producers: ['gpt_eventbus'] });
    expect(summarizer?.outputs).toContainEqual({ contract: 'summary.v1', artifact: 'Daily summaries (JSONL, one summary.v1 per line)', path: 'bus/summaries/{YYYY-MM-DD}/summaries.jsonl', requiredWhenEmpty: true });
    expect(summarizer?.smokeTest?.command).toContain('summarize --date 2024-01-01');
    expect(summarizer?.dependsOn).toContainEqual({ member: 'gpt_eventbus', kind: 'contract', note: 'Reads event text through event.v1.' });
    const eventbus = data.members.find((m) => m.name === 'gpt_eventbus');
    expect(eventbus?.dependedOnBy.map((e) => e.member)).toContain('summarizer');
  });

  it('describes each contract with its versions, producer, consumers and URLs', () => {
    const v1 = data.contracts.find((c) => c.id === 'event.v1');
    const v2 = data.contracts.find((c) => c.id === 'event.v2');
    expect(v2).toMatchObject({ family: 'event', version: 2, producers: ['gpt_eventbus'], consumers: ['summarizer'], versions: ['event.v1', 'event.v2'], superseded: false, schema: 'https://ops-manual.example.org/schemas/event.v2.schema.json' });
    expect(v2?.adrs).toContain(11);
    expect(v1?.versions).toEqual(['event.v1', 'event.v2']);
    expect(data.contracts.find((c) => c.id === 'run_record.v1')?.shared).toBe(true);
  });

  it('lists plugins with their permissions and generated files, ADRs with their relations, and the error taxonomy', () => {
    const plugin = data.plugins[0];
    expect(plugin?.files.manifest).toBe(`https://ops-manual.example.org/plugins/${plugin?.name}/manifest.json`);
    expect(plugin?.forbiddenActions).toContain('commit_to_main');
    expect(data.adrs.find((a) => a.id === 7)).toMatchObject({ status: 'superseded', supersededBy: [8] });
    expect(data.adrs.find((a) => a.id === 8)?.supersedes).toEqual([7]);
    expect(data.errors.find((e) => e.code === 'CONTRACT_VIOLATION')).toEqual(expect.objectContaining({ stopTheLine: true, retryable: false }));
  });

  it('lists every page with its Markdown copy, each of which is planned', () => {
    expect(data.pages.length).toBeGreaterThan(data.contracts.length + data.members.length + data.adrs.length);
    for (const page of data.pages) {
      const path = `static${new URL(page.markdown).pathname}`;
      expect(planned.has(path), path).toBe(true);
    }
  });
});
