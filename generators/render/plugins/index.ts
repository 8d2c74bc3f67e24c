import type { Generator } from '../generator';

export const pluginGenerators: readonly Generator[] = [];
