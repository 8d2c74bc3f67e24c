import { describe, expect, it } from 'vitest';
import { adrPages } from '../../generators/render/decisions/adr-pages';
import { adrDiagnostics, miniCatalog } from './helpers';

/** A MADR 4 record as MADR's template writes it: no id or title in the front matter, MADR's sections. */
const madr = (frontMatter: string, title = 'Use Kafka for the event bus', extra = ''): string => `---
${frontMatter}
---
# ${title}

## Context and Problem Statement

Members need one bus.

## Decision Drivers

* throughput

## Considered Options

* Kafka
* RabbitMQ

## Decision Outcome

Chosen option: "Kafka", because it keeps the log.

### Consequences

* Good, because replay is free.
${extra}
## More Information

Nothing more.
`;

const FRONT = 'status: accepted\ndate: 2024-05-01\ndecision-makers: [Ada Lovelace, Grace Hopper]\nconsulted: Platform team\ninformed:\n  - Everyone';

describe('MADR 4 records placed directly in adr/', () => {
  it('pass the check as MADR writes them', async () => {
    expect(await adrDiagnostics({ 'adr/0950-use-kafka-for-the-event-bus.md': madr(FRONT) })).toEqual([]);
  });

  it('keep MADR file names, upper case included', async () => {
    expect(await adrDiagnostics({ 'adr/0950-use-CC0-as-license.md': madr(FRONT, 'Use CC0 as license') })).toEqual([]);
  });

  it('take id from the file, title from the H1, and show decision-makers, consulted and informed on the page', async () => {
    const catalog = await miniCatalog({ 'adr/0007-use-kafka-for-the-event-bus.md': madr(FRONT) });
    const adr = catalog.adrs.find((a) => a.doc.id === 7);
    expect(adr?.doc).toMatchObject({ id: 7, title: 'Use Kafka for the event bus', status: 'accepted' });
    const page = (await adrPages.render(catalog)).get('docs/decisions/0007-use-kafka-for-the-event-bus.md') ?? '';
    expect(page).toContain('title: "ADR 0007: Use Kafka for the event bus"');
    expect(page).toContain('**Decision-makers:** Ada Lovelace, Grace Hopper');
    expect(page).toContain('**Consulted:** Platform team');
    expect(page).toContain('**Informed:** Everyone');
    // The H1 became the page title; it is not repeated as a section.
    expect(page.match(/^#+ Use Kafka for the event bus$/gm)).toEqual(['# Use Kafka for the event bus']);
    expect(page).toMatch(/^## Context and Problem Statement$/m);
    expect(page).toMatch(/^description: .*Chosen option/m);
  });

  it('map "superseded by ADR-NNNN" to a supersede edge, and statuses in any case', async () => {
    const catalog = await miniCatalog({
      'adr/0007-use-rabbitmq.md': madr('status: superseded by ADR-0008\ndate: 2024-01-01', 'Use RabbitMQ'),
      'adr/0008-use-kafka.md': madr('status: Accepted\ndate: 2024-05-01', 'Use Kafka'),
    });
    const byId = new Map(catalog.adrs.map((a) => [a.doc.id, a.doc]));
    expect(byId.get(7)?.status).toBe('superseded');
    expect(byId.get(8)).toMatchObject({ status: 'accepted', supersedes: [7] });
  });

  it('a successor that does not exist is named', async () => {
    const found = await adrDiagnostics({ 'adr/0950-use-rabbitmq.md': madr('status: superseded by ADR-0999\ndate: 2024-01-01', 'Use RabbitMQ') });
    expect(found.map((d) => [d.code, d.message])).toEqual([['ADR_SUPERSEDED_WITHOUT_SUCCESSOR', 'ADR 0950 has status "superseded by ADR-0999", but there is no ADR 999.']]);
  });

  it('a misspelt key is still refused, with the key it was meant to be', async () => {
    const found = await adrDiagnostics({ 'adr/0950-use-kafka.md': madr('status: accepted\ndate: 2024-05-01\ndecision-maker: Ada') });
    expect(found).toEqual([expect.objectContaining({ code: 'ADR_FRONT_MATTER_INVALID', pointer: '/decision-maker', message: 'Unknown field "decision-maker".' })]);
    expect(found[0]?.hint).toMatch(/^Did you mean "decision-makers"\?/);
    const stranger = await adrDiagnostics({ 'adr/0950-use-kafka.md': madr('status: accepted\ndate: 2024-05-01\nnav_order: 3') });
    expect(stranger.map((d) => d.message)).toEqual(['Unknown field "nav_order".']);
  });

  it('a missing section is named with its MADR name too', async () => {
    const record = madr(FRONT).replace('## Considered Options\n\n* Kafka\n* RabbitMQ\n', '');
    const found = await adrDiagnostics({ 'adr/0950-use-kafka.md': record });
    expect(found.map((d) => d.message)).toEqual(['The ADR has no "Alternatives considered" section (MADR: "Considered Options").']);
  });

  it('without a heading or a numbered file name, id and title are still required', async () => {
    const found = await adrDiagnostics({ 'adr/0950-untitled.md': '---\nstatus: accepted\ndate: 2024-05-01\n---\n\n## Context\n\nx\n' });
    expect(found.map((d) => d.message)).toEqual(['the document is missing the required field "title".']);
  });
});
