import type { Drift } from './drift';

/** The report `check` prints and the build fails with: every drifted path and what to do. */
export function formatDrift(drift: Drift): string {
  const lines: string[] = [];
  for (const path of drift.missing) lines.push(`${path} GENERATED_MISSING: the file is missing.`);
  for (const { path, diff } of drift.changed) {
    lines.push(`${path} GENERATED_CHANGED: the file differs from what its sources generate (edited by hand or stale).`);
    lines.push(...diff.split('\n').map((l) => `    ${l}`));
  }
  for (const path of drift.orphaned) {
    lines.push(`${path} GENERATED_ORPHAN: no source generates this file, but it lies in a generator-owned folder.`);
  }
  const n = drift.missing.length + drift.changed.length + drift.orphaned.length;
  lines.push(
    `${n} generated file${n === 1 ? '' : 's'} out of date. Run \`npm run gen\` to regenerate (it also removes orphans), then commit; change sources, never generated files.`,
  );
  return lines.join('\n');
}
