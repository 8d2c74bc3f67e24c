import { gen } from './gen';
import { hasFlag, runCli } from './run-cli';

const HELP = `Usage: npm run relock -- <contract-id>... [--root <dir>]

Re-locks published contracts whose normative content changed in place, then
regenerates. Only for pre-release contracts that no artifact or consumer uses
yet: for anything published, add a new version (<family>.v<N+1>) with an ADR
and a migration note instead. The lock diff shows in review.`;

export async function relock(argv: readonly string[]): Promise<number> {
  const ids = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--root');
  if (hasFlag(argv, '--help') || ids.length === 0) {
    console.log(HELP);
    return hasFlag(argv, '--help') ? 0 : 1;
  }
  console.warn(`RE-LOCKING ${ids.join(', ')}: their current content replaces the published one. Anyone reading the old content may break.`);
  const code = await gen(argv.filter((a) => !ids.includes(a)), { relock: ids });
  if (code === 0) console.warn(`Re-locked ${ids.join(', ')}. Review the diff of schemas/contracts.lock.json before committing.`);
  return code;
}

if (require.main === module) runCli(relock);
