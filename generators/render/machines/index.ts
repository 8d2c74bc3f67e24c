import type { Generator, PlanGenerator } from '../generator';
import { catalogJson } from './catalog-json';
import { handWrittenCopies } from './hand-written-copies';
import { llmsFullTxt } from './llms-full-txt';
import { llmsTxt } from './llms-txt';

/** What the manual publishes for machines besides each generated page's Markdown copy (renderPage writes those). */
export const machineGenerators: readonly Generator[] = [handWrittenCopies, catalogJson, llmsTxt];

export const machinePlanGenerators: readonly PlanGenerator[] = [llmsFullTxt];
