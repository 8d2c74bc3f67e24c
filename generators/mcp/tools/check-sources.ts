import { z } from 'zod';
import { runCheck } from '../../cli/run-check';
import { gateReportShape } from '../shapes';
import { defineTool } from '../tool';

/** The gate's verdict: what `npm run check` reports. */
export const checkSources = defineTool({
  name: 'check_sources',
  title: 'Check the sources',
  description:
    "What `npm run check` reports for the working tree, as its --json report: every problem in the sources (code, file, JSON pointer, line:column, what is wrong and how to fix it), and every generated file that is missing, out of date or orphaned. ok is true when both lists are empty. It writes nothing; run `npm run gen` to regenerate.",
  input: z.strictObject({}),
  output: gateReportShape,
  // The same pipeline as the command, whatever state the sources are in.
  withoutCatalog: async (root) => (await runCheck(root)).report,
  async run(context) {
    return (await runCheck(context.root)).report;
  },
});
