import { performance } from 'node:perf_hooks';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';

/**
 * The documented time limit of one gate step on one file (compiling a contract
 * and checking its examples). Patterns run on a linear-time engine and inputs
 * are size-limited, so no step can run away; a step that still takes longer
 * than this fails the gate rather than slowing every PR of the organisation.
 */
export const STEP_LIMIT_MS = 5_000;

/** Runs one step on one file; when it overran the limit, its result carries a diagnostic saying so. */
export function limitedStep(file: string, step: string, run: () => Diagnostic[], limitMs = STEP_LIMIT_MS): Diagnostic[] {
  const start = performance.now();
  const found = run();
  const ms = performance.now() - start;
  if (ms <= limitMs) return found;
  return [
    ...found,
    diagnostic('GATE_STEP_TOO_SLOW', file, '', `${step} took ${(ms / 1000).toFixed(1)} s, over the ${limitMs / 1000} s limit of one gate step.`, 'Make the file smaller or simpler (fewer or smaller examples, fewer nested combinators); report it if the file is small.'),
  ];
}
