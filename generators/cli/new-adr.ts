/** Scaffolds a new adr source. */
export default async function newAdr(_argv: readonly string[]): Promise<number> {
  console.error('npm run new -- adr is not available yet.');
  return 1;
}
