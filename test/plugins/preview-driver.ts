import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import validatorPlugin from '../../src/plugins/validator';
import type { SourceProblemsOverlay } from '../../src/plugins/validator/problems-overlay';

/**
 * Drives the validator plugin as `docusaurus start` does, in its own process
 * (the pipeline loads its modules with `require`, as under Docusaurus): for each
 * step, the edits are applied, then loadContent and contentLoaded run and one
 * client compilation follows. Prints one JSON array: per step, what was printed
 * on stderr, the global data set, the compilation's errors, and the files it names in `read` after the step.
 *
 * Usage: tsx preview-driver.ts <root> <gate|preview> '<steps as JSON>'
 */
interface Step {
  readonly edits: ReadonlyArray<{ readonly file: string; readonly from: string; readonly to: string }>;
  readonly read?: readonly string[];
}

async function main(): Promise<void> {
  const [root, mode, stepsJson] = process.argv.slice(2) as [string, 'gate' | 'preview', string];
  const plugin: Plugin = validatorPlugin({ siteDir: root } as LoadContext, { mode });
  const config = plugin.configureWebpack?.({}, false, {} as never, undefined) as { plugins?: SourceProblemsOverlay[] };
  const onCompilation: Array<(c: FakeCompilation) => void> = [];
  for (const p of config.plugins ?? []) p.apply({ webpack: { WebpackError: Error }, hooks: { thisCompilation: { tap: (_n, fn) => void onCompilation.push(fn) } } });
  const out = [];
  for (const step of JSON.parse(stepsJson) as Step[]) {
    for (const e of step.edits) {
      const text = readFileSync(join(root, e.file), 'utf8');
      if (!text.includes(e.from)) throw new Error(`${e.file} has no ${JSON.stringify(e.from)}`);
      writeFileSync(join(root, e.file), text.replace(e.from, e.to));
    }
    const stderr: string[] = [];
    const error = console.error;
    const log = console.log;
    console.error = (...a: unknown[]) => void stderr.push(a.join(' '));
    console.log = () => undefined;
    let thrown: string | undefined;
    let globalData: unknown;
    try {
      const content = await plugin.loadContent?.();
      const actions = { setGlobalData: (data: unknown) => void (globalData = data) } as never;
      await plugin.contentLoaded?.({ content, actions });
    } catch (e) {
      thrown = (e as Error).message;
    } finally {
      console.error = error;
      console.log = log;
    }
    const compilation = fakeCompilation();
    for (const fn of onCompilation) fn(compilation);
    for (const fn of compilation.processAssets) fn();
    out.push({ stderr: stderr.join('\n'), globalData, thrown, errors: compilation.errors.map((e) => ({ message: e.message, stack: e.stack })), files: Object.fromEntries((step.read ?? []).map((f) => [f, readFileSync(join(root, f), 'utf8')])) });
  }
  process.stdout.write(JSON.stringify(out));
}

interface FakeCompilation {
  readonly errors: Error[];
  readonly processAssets: Array<() => void>;
  readonly hooks: { readonly processAssets: { tap(name: string, fn: () => void): void } };
}

function fakeCompilation(): FakeCompilation {
  const processAssets: Array<() => void> = [];
  return { errors: [], processAssets, hooks: { processAssets: { tap: (_n, fn) => void processAssets.push(fn) } } };
}

void main();
