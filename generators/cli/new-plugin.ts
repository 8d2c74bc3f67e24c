/** Scaffolds a new plugin source. */
export default async function newPlugin(_argv: readonly string[]): Promise<number> {
  console.error('npm run new -- plugin is not available yet.');
  return 1;
}
