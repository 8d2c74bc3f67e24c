import { build } from 'esbuild';
import { join } from 'node:path';
import { memoizedAsync } from '../../cache/memo';

const REPO_ROOT = join(__dirname, '..', '..', '..');
const ENTRY = 'generators/verify/standalone/main.ts';

/**
 * The verifier's code as one ES module for Node ≥ 20: main.ts and everything it
 * imports (the sub-commands, the rules, the runtime modules of the standalone
 * validators), bundled by esbuild. It reads only this repository's code, never
 * a source, so it depends on the code alone: memoised under a constant key,
 * since the memo is dropped whenever the code changes (cache/memo-file.ts).
 * Paths in it are relative to the repository, so it is the same on every machine.
 */
export function verifierRuntime(): Promise<string> {
  return memoizedAsync('verifier-runtime', ENTRY, async () => {
    const result = await build({
      entryPoints: [ENTRY],
      absWorkingDir: REPO_ROOT,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      legalComments: 'inline',
      logLevel: 'silent',
      charset: 'utf8',
      // ES module builds first: jsonc-parser's UMD build requires its own files dynamically, which a bundle cannot.
      mainFields: ['module', 'main'],
      // A linked node_modules (a worktree, a test's copy) keeps its paths in the bundle relative, as in a checkout.
      preserveSymlinks: true,
    });
    const output = result.outputFiles[0];
    if (output === undefined) throw new Error('esbuild produced no output for the verifier');
    return output.text;
  });
}
