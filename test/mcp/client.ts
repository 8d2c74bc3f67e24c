import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { REPO_ROOT } from '../helpers/fixture-reader';

/** The MCP server as a client sees it: a child process spoken to over stdio with the SDK's own client. */
export interface ServerSession {
  readonly client: Client;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  /** The text of an error answer; throws when the call succeeded. */
  error(name: string, args?: Record<string, unknown>): Promise<string>;
  /** The structured answer of a successful call; throws with its text otherwise. */
  answer<T = Record<string, unknown>>(name: string, args?: Record<string, unknown>): Promise<T>;
  /** What the server wrote to stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

export async function startServer(root: string): Promise<ServerSession> {
  const transport = new StdioClientTransport({
    command: join(REPO_ROOT, 'node_modules', '.bin', 'tsx'),
    args: [join(REPO_ROOT, 'generators', 'mcp', 'server.ts'), '--root', root],
    cwd: root,
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const client = new Client({ name: 'ops-manual-tests', version: '1.0.0' });
  await client.connect(transport);
  const call = async (name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> => (await client.callTool({ name, arguments: args })) as CallToolResult;
  const textOf = (r: CallToolResult): string => r.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
  return {
    client,
    call,
    async error(name, args) {
      const r = await call(name, args);
      if (r.isError !== true) throw new Error(`${name} answered instead of failing: ${textOf(r).slice(0, 500)}`);
      return textOf(r);
    },
    async answer<T>(name: string, args?: Record<string, unknown>): Promise<T> {
      const r = await call(name, args);
      if (r.isError === true) throw new Error(`${name} failed: ${textOf(r)}`);
      return r.structuredContent as T;
    },
    stderr: () => stderr,
    close: () => client.close(),
  };
}
