import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { command, rootOf } from '../cli/command';
import { runCli } from '../cli/run-cli';
import { ManualState } from './manual-state';
import { registerResources } from './resources';
import { registerTools } from './register-tools';
import { TOOLS } from './tools';

const HELP = `Usage: npm run mcp [-- --root <dir>]

Starts a Model Context Protocol server on stdin/stdout that answers from the
manual of the working tree, through the same load, validation and model as gen
and check; it reloads the catalog when a source file changes. When the sources
have problems it still starts, and every tool answers with those problems.

Tools: ${TOOLS.map((t) => t.name).join(', ')}.
Resources: the Markdown copy of every page at its URL on the site, llms.txt,
llms-full.txt and catalog.json. Register it with an MCP client as the command
\`npm run --silent mcp\` in the manual's folder (see the README).

  --root <dir>   the manual's folder (default: the current folder)
  -h, --help     this help`;

export const mcp = command({ name: 'npm run mcp', help: HELP, options: { root: { type: 'string' } } }, async ({ values }) => {
  const root = rootOf(values.root);
  const state = new ManualState(root);
  const server = new McpServer({ name: 'ecosystem-ops-manual', version: '0.1.0' }, { capabilities: { tools: {}, resources: {} } });
  const calls = registerTools(server, state, TOOLS);
  registerResources(server, state);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once('end', resolve);
  });
  await server.connect(transport);
  // stdout carries the protocol: people read stderr.
  console.error(`mcp: serving the manual in ${root} over stdio; ${TOOLS.length} tools.`);
  await closed;
  await server.close();
  console.error(`mcp: stopped after ${calls.count} tool call${calls.count === 1 ? '' : 's'} and ${state.loadCount} catalog load${state.loadCount === 1 ? '' : 's'}.`);
  return 0;
});

if (require.main === module) runCli(mcp);
