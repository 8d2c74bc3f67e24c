import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../generators/index';
import { readSources } from '../../generators/load/read-sources';
import { diskReader } from '../../generators/load/source-reader';
import { buildCatalog } from '../../generators/model/build-catalog';
import { render } from '../../generators/render';
import { validate } from '../../generators/validate';
import { bundledSources, readerOf, REPO_ROOT } from '../helpers/fixture-reader';
import { runCli, runDocusaurusBuild } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';

/** Large real READMEs from installed packages: HTML tables, badges, bare URLs, relative links, many code fences. */
const READMES = [
  'node_modules/ajv/README.md',
  'node_modules/webpack/README.md',
  'node_modules/commander/Readme.md',
  'node_modules/yaml/README.md',
  'node_modules/mermaid/README.md',
  'node_modules/prism-react-renderer/README.md',
  'node_modules/zod/README.md',
  'node_modules/gray-matter/README.md',
  'node_modules/jsonc-parser/README.md',
  'node_modules/unified/readme.md',
  'node_modules/@modelcontextprotocol/sdk/README.md',
  'node_modules/re2js/README.md',
];

const FIRST_ID = 900;

/** An ADR whose Context is the README as written. */
function adrOf(readme: string, i: number): [path: string, text: string] {
  const id = FIRST_ID + i;
  const name = readme.split('/').slice(1, -1).join('-').replace(/[^a-z0-9-]/gi, '').toLowerCase();
  const body = readFileSync(join(REPO_ROOT, readme), 'utf8');
  const text = `---\nid: ${id}\ntitle: Adopt ${name}\nstatus: proposed\ndate: 2025-01-01\n---\n\n## Context\n\n${body}\n\n## Decision\n\nAdopt it.\n\n## Consequences\n\nNone.\n\n## Alternatives considered\n\nNone.\n`;
  return [`adr/0${id}-adopt-${name}.md`, text];
}

/** The README with the links check refused turned into their text, as an author would fix them. */
function withoutBroken(text: string, refusals: readonly string[]): string {
  let fixed = text;
  for (const r of refusals) {
    const url = /^ADR_LINK_BROKEN The (?:link|image) "(.*)" leads nowhere/.exec(r)?.[1];
    if (url === undefined) continue;
    fixed = fixed.split(`](${url})`).join(']');
    // Reference definitions (`[license]: license`) go; their references become text.
    fixed = fixed.split('\n').filter((line) => !new RegExp(`^\\s*\\[[^\\]]+\\]:\\s*<?${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}>?(\\s|$)`).test(line)).join('\n');
  }
  return fixed;
}

/**
 * check and build agree on real Markdown: check refuses a README only for links
 * the build would also fail on (the build without the gate fails on them), and
 * once those links are fixed check accepts it and the site builds.
 */
describe('real READMEs as ADR bodies: check and build give the same verdict', () => {
  const adrs = READMES.map(adrOf);
  const verdicts = new Map<string, string[]>();
  let repo: ReturnType<typeof makeTempRepo>;
  const check = async (files: Record<string, string>): Promise<string[]> => {
    const result = await runPipeline(readerOf({ ...bundledSources(), ...files }));
    return result.ok ? [] : result.diagnostics.map((d) => `${d.code} ${d.message}`);
  };

  beforeAll(async () => {
    for (const [path, text] of adrs) verdicts.set(path, await check({ [path]: text }));
    repo = makeTempRepo();
  });
  afterAll(() => repo?.cleanup());

  it('check refuses only links that lead nowhere, and accepts every README once they are fixed', async () => {
    const refusals = [...verdicts.values()].flat();
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.filter((r) => !r.startsWith('ADR_LINK_BROKEN '))).toEqual([]);
    for (const [path, text] of adrs) expect(await check({ [path]: withoutBroken(text, verdicts.get(path) ?? []) }), path).toEqual([]);
  });

  it('the READMEs check refuses fail the build without the gate too', async () => {
    const refused = adrs.filter(([path]) => (verdicts.get(path)?.length ?? 0) > 0);
    expect(refused.length).toBeGreaterThan(0);
    for (const [path, text] of refused) writeFileSync(join(repo.root, path), text);
    // The pages as the generators would write them, had the gate not refused the sources.
    const loaded = readSources(diskReader(repo.root));
    const planned = await render(buildCatalog(validate(loaded).sources));
    for (const [path, content] of planned) {
      mkdirSync(dirname(join(repo.root, path)), { recursive: true });
      writeFileSync(join(repo.root, path), content);
    }
    const config = join(repo.root, 'docusaurus.config.ts');
    const withGate = readFileSync(config, 'utf8');
    writeFileSync(config, withGate.replace('plugins: [validatorPlugin],', 'plugins: [],'));
    const build = runDocusaurusBuild(repo.root, 'build-refused');
    writeFileSync(config, withGate);
    expect(build.status, 'the build accepted links check refused').not.toBe(0);
    // …and for the links, not for something else.
    expect(build.output).toMatch(/broken (links|anchors|Markdown links)|Markdown link .* couldn't be resolved|Module not found|Can't resolve/i);
  });

  it('every README, its broken links fixed, builds together in one site', () => {
    for (const [path, text] of adrs) writeFileSync(join(repo.root, path), withoutBroken(text, verdicts.get(path) ?? []));
    const gen = runCli('gen', [], repo.root);
    expect(gen.status, gen.output.slice(-3000)).toBe(0);
    const build = runDocusaurusBuild(repo.root, 'build-accepted');
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });
});
