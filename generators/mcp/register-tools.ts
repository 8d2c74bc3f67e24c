import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { formatDiagnostics } from '../diagnostics/format-diagnostics';
import { catalogData } from '../render/machines/catalog-data';
import { ToolArgumentError } from './ids';
import type { ManualState } from './manual-state';
import type { ManualTool, ToolContext } from './tool';

/**
 * Registers each tool with the SDK, which checks every call's arguments against
 * the input schema (a missing, extra or mistyped argument is an error naming
 * it) and every answer against the output schema. Each call answers from the
 * catalog as it is now: reloaded first if a source changed.
 */
export function registerTools(server: McpServer, state: ManualState, tools: readonly ManualTool[]): { readonly count: number } {
  const calls = { count: 0 };
  for (const tool of tools) {
    server.registerTool(tool.name, { title: tool.title, description: tool.description, inputSchema: tool.input, outputSchema: tool.output }, async (args: unknown): Promise<CallToolResult> => {
      calls.count++;
      try {
        const { result, plan } = state.current();
        if (!result.ok) {
          if (tool.withoutCatalog !== undefined) return answer(await tool.withoutCatalog(state.root));
          return problem(`The sources of the manual have problems, so ${tool.name} cannot answer until they are fixed:\n${formatDiagnostics(result.diagnostics)}`, { diagnostics: result.diagnostics });
        }
        const context: ToolContext = { root: state.root, catalog: result.catalog, data: catalogData(result.catalog), plan };
        return answer(await tool.run(context, args as never));
      } catch (e) {
        if (e instanceof ToolArgumentError) return problem(e.message);
        throw e;
      }
    });
  }
  return calls;
}

function answer(output: Record<string, unknown>): CallToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(output, null, 2) }], structuredContent: output };
}

/** A tool error: what went wrong, for the model and for people; details as JSON after it. */
function problem(message: string, details?: unknown): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }, ...(details === undefined ? [] : [{ type: 'text' as const, text: JSON.stringify(details, null, 2) }])] };
}
