import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { caseNames, FAILING_DIR, failingCaseOutput, GOLDEN_DIR, renderGoldenCase } from './fixture-cases';

/**
 * Rewrites the expected output of every golden and failing fixture. Run by hand
 * (`npm run golden:update`) and review the diff; tests never rewrite fixtures.
 */
async function main(): Promise<void> {
  if (process.env['CI']) throw new Error('golden:update refuses to run in CI');
  for (const name of caseNames(GOLDEN_DIR)) {
    const expectedDir = join(GOLDEN_DIR, name, 'expected');
    rmSync(expectedDir, { recursive: true, force: true });
    for (const [path, content] of Object.entries(await renderGoldenCase(name))) {
      mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
      writeFileSync(join(expectedDir, path), content);
    }
    console.log(`golden  ${name}`);
  }
  for (const name of caseNames(FAILING_DIR)) {
    writeFileSync(join(FAILING_DIR, name, 'expected.txt'), await failingCaseOutput(name));
    console.log(`failing ${name}`);
  }
}

void main();
