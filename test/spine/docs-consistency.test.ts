import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNED_DIRS } from '../../generators/emit/owned-dirs';
import { metaSchemaFiles, REPO_ROOT } from '../helpers/fixture-reader';
import { OUTPUT_FORMATS } from '../../generators/load/source-layout';

const read = (path: string): string => readFileSync(join(REPO_ROOT, path), 'utf8');

/** Reminders such as "keep the README in sync" are checks here instead. */
describe('docs and editor settings agree with the code', () => {
  it('README gives the two fresh-clone commands', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
  });

  it('every `npm run <script>` in README and ARCHITECTURE exists in package.json', () => {
    const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);
    const mentioned = [...`${read('README.md')}\n${read('ARCHITECTURE.md')}`.matchAll(/npm run (?:--[a-z-]+ )*([a-z:][a-z:-]*)/g)].map((m) => m[1]);
    expect(mentioned.filter((s) => !scripts.includes(s as string))).toEqual([]);
  });

  it('ARCHITECTURE.md lists every generator-owned folder', () => {
    const architecture = read('ARCHITECTURE.md');
    expect(OWNED_DIRS.filter((dir) => !architecture.includes(`\`${dir}/\``))).toEqual([]);
  });

  it('.vscode/settings.json maps every meta-schema to its files', () => {
    const settings = read('.vscode/settings.json');
    const metas = Object.keys(metaSchemaFiles())
      .map((p) => p.replace(/^schemas\/meta\//, ''))
      .filter((m) => !OUTPUT_FORMATS.includes(m.replace(/\.schema\.json$/, '')));
    expect(metas.filter((m) => !settings.includes(`./schemas/meta/${m}`))).toEqual([]);
  });

  it('.ci/run installs chromium and runs the README test command', () => {
    const ci = read('.ci/run');
    expect(ci).toContain('apt-get install');
    expect(ci).toContain('chromium');
    expect(ci).toContain('npm ci');
    expect(ci).toContain('npm test');
  });
});
