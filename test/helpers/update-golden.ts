import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { command, UserError } from '../../generators/cli/command';
import { runCli } from '../../generators/cli/run-cli';
import { caseNames, FAILING_DIR, failingCaseOutput, GOLDEN_DIR, renderGoldenCase } from './fixture-cases';

const HELP = `Usage: npm run golden:update

Rewrites the expected output of every golden and failing fixture under
test/fixtures/. Review the diff before committing; tests never rewrite fixtures,
and this refuses to run in CI.

  -h, --help   this help`;

export const goldenUpdate = command({ name: 'npm run golden:update', help: HELP, options: {} }, async () => {
  if (process.env['CI']) throw new UserError('golden:update refuses to run in CI: expected trees change only by hand, reviewed.');
  let golden = 0;
  for (const name of caseNames(GOLDEN_DIR)) {
    const expectedDir = join(GOLDEN_DIR, name, 'expected');
    rmSync(expectedDir, { recursive: true, force: true });
    for (const [path, content] of Object.entries(await renderGoldenCase(name))) {
      mkdirSync(dirname(join(expectedDir, path)), { recursive: true });
      writeFileSync(join(expectedDir, path), content);
    }
    golden += 1;
  }
  const failing = caseNames(FAILING_DIR);
  for (const name of failing) writeFileSync(join(FAILING_DIR, name, 'expected.txt'), await failingCaseOutput(name));
  console.log(`golden:update: ${golden} golden and ${failing.length} failing fixtures rewritten; review the diff.`);
  return 0;
});

if (require.main === module) runCli(goldenUpdate);
