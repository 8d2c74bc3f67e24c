/** Named sizes of synthetic ecosystems. S is the bundled example itself. */
export interface Size {
  readonly name: 'S' | 'M' | 'L';
  readonly members: number;
  readonly contracts: number;
  readonly plugins: number;
  readonly adrs: number;
}

export const SIZES: Readonly<Record<Size['name'], Size | undefined>> = {
  S: undefined,
  M: { name: 'M', members: 50, contracts: 200, plugins: 200, adrs: 100 },
  L: { name: 'L', members: 200, contracts: 1000, plugins: 1000, adrs: 300 },
};
