import { command } from './command';
import { GEN_OPTIONS, runGen } from './gen';
import { runCli } from './run-cli';

const HELP = `Usage: npm run relock -- <contract-id>... [--root <dir>] [--json | --format text|json|github]

Re-locks published contracts whose normative content changed in place, then
regenerates (the options are gen's). Only for pre-release contracts that no
artifact or consumer uses yet: for anything published, add a new version
(<family>.v<N+1>) with an ADR and a migration note instead. The lock diff shows
in review.

  -h, --help          this help`;

export const relock = command(
  { name: 'npm run relock', help: HELP, options: GEN_OPTIONS, positionals: { min: 1, max: Infinity } },
  async ({ values, positionals: ids }) => {
    console.warn(`RE-LOCKING ${ids.join(', ')}: their current content replaces the published one. Anyone reading the old content may break.`);
    const code = await runGen(values, { relock: ids });
    if (code === 0) console.warn(`Re-locked ${ids.join(', ')}. Review the diff of schemas/contracts.lock.json before committing.`);
    return code;
  },
);

if (require.main === module) runCli(relock);
