import type { Catalog } from '../model/catalog';
import { contractPageGenerators } from './contracts';
import { contractTypes } from './contracts/contract-types';
import { contractsLock } from './contracts/contracts-lock';
import { publishedSchemas } from './contracts/published-schemas';
import { decisionGenerators } from './decisions';
import { machineGenerators, machinePlanGenerators } from './machines';
import type { Generator, PlanGenerator, PlannedFiles } from './generator';
import { pluginGenerators } from './plugins';
import { registryGenerators } from './registry';
import { sourceTypes } from './sources/source-types';
import { toolGenerators } from './tools';

/** Every generator, grouped by area. A new generator goes in its area's index. */
export const GENERATORS: readonly Generator[] = [
  sourceTypes,
  contractTypes,
  publishedSchemas,
  contractsLock,
  ...contractPageGenerators,
  ...registryGenerators,
  ...pluginGenerators,
  ...decisionGenerators,
  ...machineGenerators,
  ...toolGenerators,
];

/** Generators that assemble the others' output; they run last, in this order. */
export const PLAN_GENERATORS: readonly PlanGenerator[] = [...machinePlanGenerators];

/** Render: run every generator and merge their plans; two generators may never plan the same path. */
export async function render(catalog: Catalog, generators: readonly Generator[] = GENERATORS, planGenerators: readonly PlanGenerator[] = PLAN_GENERATORS): Promise<PlannedFiles> {
  const planned = new Map<string, string>();
  const owners = new Map<string, string>();
  const outputs: Array<readonly [string, PlannedFiles]> = await Promise.all(generators.map(async (g) => [g.name, await g.render(catalog)] as const));
  for (const g of planGenerators) outputs.push([g.name, g.render(catalog, merged(outputs))]);
  for (const [name, files] of outputs) {
    for (const [path, content] of files) {
      const owner = owners.get(path);
      if (owner !== undefined) throw new Error(`Generators ${owner} and ${name} both plan ${path}`);
      owners.set(path, name);
      planned.set(path, content);
    }
  }
  return new Map([...planned].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function merged(outputs: ReadonlyArray<readonly [string, PlannedFiles]>): PlannedFiles {
  return new Map(outputs.flatMap(([, files]) => [...files]));
}
