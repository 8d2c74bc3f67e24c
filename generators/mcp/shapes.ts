import { z } from 'zod';
import type { CatalogAdr, CatalogContract, CatalogMember, GateReport, VerifyReport } from '../../src/types/sources';

/**
 * Output shapes of the tools. The parts that are catalog.json entries are the
 * shapes of schemas/meta/catalog.schema.json written for the SDK (which takes
 * zod); the checks at the end fail to compile when either drifts from the type
 * generated from that schema, and the SDK validates every answer against them.
 */
const links = z.strictObject({ page: z.string(), markdown: z.string() });
const edge = z.strictObject({ member: z.string(), kind: z.string(), note: z.string().optional() });

export const memberEntry = z.strictObject({
  name: z.string(),
  repo: z.string(),
  status: z.enum(['admitted', 'draft']),
  summary: z.string().optional(),
  role: z.strictObject({ kind: z.string(), bus: z.string() }).optional(),
  layer: z.string().optional(),
  orthogonal: z.boolean(),
  scratchpad: z.boolean(),
  inputs: z.array(z.strictObject({ contract: z.string(), producers: z.array(z.string()) })),
  rawInputs: z.array(z.string()),
  outputs: z.array(z.strictObject({ contract: z.string(), artifact: z.string(), path: z.string(), requiredWhenEmpty: z.boolean() })),
  entrypoints: z.array(z.strictObject({ name: z.string(), command: z.string() })),
  smokeTest: z.strictObject({ command: z.string(), description: z.string().optional() }).optional(),
  runRecords: z.string().optional(),
  dependsOn: z.array(edge),
  dependedOnBy: z.array(edge),
  links,
});

export const contractEntry = z.strictObject({
  id: z.string(),
  family: z.string(),
  version: z.number(),
  description: z.string(),
  bus: z.string().optional(),
  shared: z.boolean(),
  producers: z.array(z.string()),
  consumers: z.array(z.string()),
  versions: z.array(z.string()),
  superseded: z.boolean(),
  supersededBy: z.string().optional(),
  refs: z.array(z.string()),
  referencedBy: z.array(z.string()),
  adrs: z.array(z.number()),
  schema: z.string(),
  links,
});

export const adrEntry = z.strictObject({
  id: z.number(),
  title: z.string(),
  status: z.string(),
  date: z.string(),
  tags: z.array(z.string()),
  supersedes: z.array(z.number()),
  supersededBy: z.array(z.number()),
  refines: z.array(z.number()),
  refinedBy: z.array(z.number()),
  affects: z.array(z.string()),
  links,
});

export const diagnosticShape = z.strictObject({
  code: z.string(),
  file: z.string(),
  pointer: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
  message: z.string(),
  hint: z.string().optional(),
  severity: z.literal('warning').optional(),
});

const driftEntry = z.strictObject({ code: z.enum(['GENERATED_MISSING', 'GENERATED_CHANGED', 'GENERATED_ORPHAN']), file: z.string(), diff: z.string().optional() });

/** schemas/meta/gate-report.schema.json: what `npm run check -- --json` prints. */
export const gateReportShape = z.strictObject({
  ok: z.boolean(),
  summary: z.string(),
  diagnostics: z.array(diagnosticShape),
  drift: z.strictObject({ missing: z.array(driftEntry), changed: z.array(driftEntry), orphaned: z.array(driftEntry) }),
  written: z.array(z.string()),
  removed: z.array(z.string()),
});

/** schemas/meta/verify-report.schema.json: what `npm run verify -- run --json` prints. */
export const verifyReportShape = z.strictObject({
  ok: z.boolean(),
  command: z.enum(['run', 'ledger', 'manifest']),
  status: z.enum(['compliant', 'violations', 'stopped', 'failed', 'sources-invalid']),
  summary: z.string(),
  member: z.string().optional(),
  run_id: z.string().optional(),
  dates: z.array(z.string()).optional(),
  stopped_by: z.array(z.string()).optional(),
  rules: z.array(z.string()).optional(),
  diagnostics: z.array(diagnosticShape.extend({ rule: z.string().optional() })),
});

/** A member as a contract's reader or writer: enough to find it and its repository. */
export const memberRef = z.strictObject({ member: z.string(), repo: z.string(), layer: z.string().optional(), page: z.string() });

/** An ADR named in an answer. */
export const adrRef = z.strictObject({ id: z.number(), title: z.string(), status: z.string(), date: z.string(), page: z.string() });

// Compile-time checks: each shape and the type generated from the catalog schema are the same type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameMember: Same<z.infer<typeof memberEntry>, CatalogMember> = true;
const sameContract: Same<z.infer<typeof contractEntry>, CatalogContract> = true;
const sameAdr: Same<z.infer<typeof adrEntry>, CatalogAdr> = true;
const sameReport: Same<z.infer<typeof gateReportShape>, GateReport> = true;
const sameVerify: Same<z.infer<typeof verifyReportShape>, VerifyReport> = true;
export const SHAPES_MATCH_SCHEMAS = sameMember && sameContract && sameAdr && sameReport && sameVerify;
