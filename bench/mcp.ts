import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

interface McpRow {
  readonly step: string;
  readonly ms: number;
  readonly peakMiB: number;
  readonly note?: string;
}

const CALLS = 5;

/**
 * The MCP server on a bench site, as a client sees it: the time until it has
 * answered `initialize`, the first tool answer (which loads the catalog), the
 * median of several answers of each tool once loaded (the slowest reported),
 * and check_sources, which runs the whole gate. Peak memory is the server's.
 */
export async function mcpRows(root: string): Promise<McpRow[]> {
  const data = JSON.parse(readFileSync(join(root, 'static', 'catalog.json'), 'utf8')) as {
    members: Array<{ name: string }>;
    contracts: Array<{ id: string }>;
    adrs: Array<{ id: number; title: string }>;
  };
  const member = data.members[0]?.name ?? '';
  const contract = data.contracts.find((c) => c.id.endsWith('.v2'))?.id ?? data.contracts[0]?.id ?? '';
  const adr = data.adrs[0];
  const start = performance.now();
  const transport = new StdioClientTransport({ command: process.execPath, args: ['-r', 'tsx/cjs', join('generators', 'mcp', 'server.ts'), '--root', root], cwd: root, stderr: 'ignore' });
  const client = new Client({ name: 'bench', version: '1.0.0' });
  await client.connect(transport);
  const ready = performance.now() - start;
  const timed = async (name: string, args: Record<string, unknown>): Promise<number> => {
    const t = performance.now();
    const r = await client.callTool({ name, arguments: args });
    if (r.isError === true) throw new Error(`mcp ${name} failed: ${JSON.stringify(r.content).slice(0, 2000)}`);
    return performance.now() - t;
  };
  try {
    const first = await timed('who_reads', { contract });
    const calls: Array<[string, Record<string, unknown>]> = [
      ['describe_member', { name: member }],
      ['get_contract', { id: contract }],
      ['who_reads', { contract }],
      ['impact_of_change', { contract }],
      ['allowed_inputs', { member }],
      ['search_decisions', { text: adr?.title.split(' ').slice(0, 2).join(' ') ?? 'x' }],
      ['get_adr', { id: adr?.id ?? 1 }],
    ];
    const medians: Array<[string, number]> = [];
    for (const [name, args] of calls) {
      const runs: number[] = [];
      for (let i = 0; i < CALLS; i++) runs.push(await timed(name, args));
      medians.push([name, runs.sort((a, b) => a - b)[Math.floor(CALLS / 2)] as number]);
    }
    const check = await timed('check_sources', {});
    const peak = peakMiB(transport.pid);
    const slowest = [...medians].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    return [
      { step: 'mcp: server ready (initialize answered)', ms: ready, peakMiB: peak },
      { step: 'mcp: first answer (loads the catalog)', ms: first, peakMiB: peak },
      { step: `mcp: slowest tool answer (median of ${CALLS})`, ms: slowest[1], peakMiB: peak, note: medians.map(([n, ms]) => `${n} ${ms.toFixed(1)} ms`).join(', ') },
      { step: 'mcp: check_sources (the whole gate)', ms: check, peakMiB: peak },
    ];
  } finally {
    await client.close();
  }
}

/** The peak resident set of a process (Linux), in MiB; 0 where unknown. */
function peakMiB(pid: number | null): number {
  if (pid === null) return 0;
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kib === undefined ? 0 : Number(kib) / 1024;
  } catch {
    return 0;
  }
}
