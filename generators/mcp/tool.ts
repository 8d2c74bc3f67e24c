import type { z } from 'zod';
import type { Catalog as CatalogJson } from '../../src/types/sources';
import type { Catalog } from '../model/catalog';
import type { PlannedFiles } from '../render/generator';

/** What a tool answers from: the working tree's catalog, as loaded for this call. */
export interface ToolContext {
  readonly root: string;
  readonly catalog: Catalog;
  /** The catalog as catalog.json has it. */
  readonly data: Omit<CatalogJson, '$comment'>;
  /** Everything the sources generate, rendered on first use. */
  plan(): Promise<PlannedFiles>;
}

/**
 * One MCP tool: its name, what it is for, its input and output schemas (zod,
 * which the SDK turns into the JSON Schemas clients see and checks every call
 * and every answer against), and how it answers. A new tool is one file in
 * tools/ exporting one of these, listed in tools/index.ts.
 */
export interface ManualTool<I extends z.ZodObject = z.ZodObject, O extends z.ZodObject = z.ZodObject> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: I;
  readonly output: O;
  /**
   * How it answers when the sources have problems. Absent: it answers with
   * those problems, as every tool reading the catalog must.
   */
  readonly withoutCatalog?: (root: string) => Promise<z.infer<O>>;
  run(context: ToolContext, args: z.infer<I>): z.infer<O> | Promise<z.infer<O>>;
}

/** Checks a tool's types where it is written; returns it unchanged. */
export function defineTool<I extends z.ZodObject, O extends z.ZodObject>(tool: ManualTool<I, O>): ManualTool<I, O> {
  return tool;
}
