import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import newAdr, { slugOf, withStatusSuperseded } from '../../generators/cli/new-adr';
import { calendarProblem } from '../../generators/validate/rules/decisions/adr-date-valid';
import { runCli } from '../helpers/run-command';
import { makeTempRepo } from '../helpers/temp-repo';

/** Every file under the source and decision folders with its content, to prove a refusal wrote nothing. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const dir of ['adr', 'docs/decisions', 'src/data/decisions']) {
    for (const name of readdirSync(join(root, dir))) out[`${dir}/${name}`] = readFileSync(join(root, dir, name), 'utf8');
  }
  return out;
}

describe('npm run new -- adr', () => {
  let repo: { root: string; cleanup: () => void };
  /** The number the next ADR gets: one above the highest in the copy. */
  let next: () => string;
  beforeAll(() => {
    repo = makeTempRepo();
    next = () => String(Math.max(...readdirSync(join(repo.root, 'adr')).map((n) => Number(n.slice(0, 4)) || 0)) + 1).padStart(4, '0');
  });
  afterAll(() => repo.cleanup());

  it('refuses unknown ids and names, a bad date and an empty slug, and writes nothing', async () => {
    const before = snapshot(repo.root);
    for (const [args, says] of [
      [['Uses an unknown ADR', '--supersedes', '99'], '--supersedes names ADR 99, which does not exist'],
      [['Refines an unknown ADR', '--refines', '4,77'], '--refines names ADR 77'],
      [['Affects nothing known', '--affects', 'event.v1,event.v9,gpt_evntbus'], '"event.v9", "gpt_evntbus"'],
      [['Bad date', '--date', '2025-02-29'], 'February 2025 has 28 days'],
      [['日本語'], 'gives an empty file name'],
      [['Two', 'titles'], 'give one title'],
      [['Rejected', '--supersedes', '9'], 'ADR 9 was rejected'],
    ] as const) {
      // In-process for speed; the success path below runs the real command.
      const errors: string[] = [];
      const spy = vi.spyOn(console, 'error').mockImplementation((...m: unknown[]) => void errors.push(m.join(' ')));
      try {
        expect(await newAdr([...args, '--root', repo.root])).toBe(1);
      } finally {
        spy.mockRestore();
      }
      expect(errors.join('\n')).toContain(says);
      expect(errors.join('\n')).toContain('Nothing was written.');
    }
    expect(snapshot(repo.root)).toEqual(before);
    const r = runCli('new', ['adr', 'Uses an unknown ADR', '--supersedes', '99'], repo.root);
    expect(r.status, r.output).toBe(1);
    const unknownOption = runCli('new', ['adr', 'Unknown option', '--owner', 'me'], repo.root);
    expect(unknownOption.status, unknownOption.output).toBe(1);
    expect(unknownOption.stderr).toContain("Unknown option '--owner'");
    expect(unknownOption.stderr).toContain('Usage: npm run new -- adr');
    expect(snapshot(repo.root)).toEqual(before);
  });

  it('writes the next ADR, marks the superseded one, regenerates, and check passes', () => {
    const superseded = 'adr/0010-publisher-for-digests.md';
    const original = readFileSync(join(repo.root, superseded), 'utf8');
    const number = next();
    const file = `adr/${number}-digest-pages-move-to-a-publisher.md`;
    const r = runCli('new', ['adr', 'Digest pages move: to a publisher', '--supersedes', '10', '--refines', '0002', '--affects', 'kb_digests,digests.l2.v1', '--tags', 'digests,publishing', '--date', '2025-12-01'], repo.root);
    expect(r.status, r.output).toBe(0);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(`created ${file}`);
    expect(r.stdout).toContain('updated adr/0010-publisher-for-digests.md: status superseded');

    const created = readFileSync(join(repo.root, file), 'utf8');
    expect(created.split('\n---\n')[0]).toBe(
      ['---', `id: ${Number(number)}`, 'title: "Digest pages move: to a publisher"', 'status: proposed', 'date: 2025-12-01', 'supersedes: [10]', 'refines: [2]', 'affects: [kb_digests, digests.l2.v1]', 'tags: [digests, publishing]'].join('\n'),
    );
    for (const section of ['## Context', '## Decision', '## Consequences', '## Alternatives considered']) expect(created).toContain(section);
    expect(created).not.toContain('## Migration');
    // Only the status line of the superseded ADR changed.
    expect(readFileSync(join(repo.root, superseded), 'utf8')).toBe(original.replace('status: proposed', 'status: superseded'));
    // gen ran: the new page exists and the old one links to it.
    expect(readFileSync(join(repo.root, 'docs/decisions/0010-publisher-for-digests.md'), 'utf8')).toContain(`**Superseded by:** [${number} Digest pages move: to a publisher](./${number}-digest-pages-move-to-a-publisher.md)`);

    const check = runCli('check', [], repo.root);
    expect(check.status, check.output).toBe(0);
  });

  it("uses today's date when none is given, and adds a Migration section for a contract above v1", () => {
    const number = next();
    const r = runCli('new', ['adr', 'Dated today', '--affects', 'event.v2'], repo.root);
    expect(r.status, r.output).toBe(0);
    const created = readFileSync(join(repo.root, `adr/${number}-dated-today.md`), 'utf8');
    const date = /^date: (.*)$/m.exec(created)?.[1] ?? '';
    expect(calendarProblem(date)).toBeUndefined();
    expect(created).toContain('## Migration');
    expect(runCli('check', [], repo.root).status).toBe(0);
  });
});

describe('scaffold helpers', () => {
  it.each([
    ['Stop the line: consumers fail fast', 'stop-the-line-consumers-fail-fast'],
    ['Café   au lait', 'cafe-au-lait'],
    ['  --weird__input--  ', 'weird-input'],
    ['日本語', ''],
    ['word '.repeat(40), 'word-'.repeat(12).slice(0, 59)],
  ])('slugOf(%j) = %j', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });

  it('changes only the status line of the front matter', () => {
    const text = '---\nid: 3\ntitle: x\nstatus: accepted # keep\ndate: 2025-01-01\n---\n\nstatus: accepted in the body stays\n';
    expect(withStatusSuperseded(text)).toBe('---\nid: 3\ntitle: x\nstatus: superseded\ndate: 2025-01-01\n---\n\nstatus: accepted in the body stays\n');
    expect(withStatusSuperseded('---\nid: 3\n---\nstatus: x\n')).toBeUndefined();
    expect(withStatusSuperseded('no front matter')).toBeUndefined();
  });
});
