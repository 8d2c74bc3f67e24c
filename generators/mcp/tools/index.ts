import type { ManualTool } from '../tool';
import { allowedInputs } from './allowed-inputs';
import { checkSources } from './check-sources';
import { describeMember } from './describe-member';
import { getAdr } from './get-adr';
import { getContract } from './get-contract';
import { impactOfChange } from './impact-of-change';
import { searchDecisions } from './search-decisions';
import { verifyRunTool } from './verify-run';
import { whoReads } from './who-reads';

/** Every tool the MCP server offers. A new tool is one file here, listed once. */
export const TOOLS: readonly ManualTool[] = [describeMember, getContract, whoReads, impactOfChange, allowedInputs, searchDecisions, getAdr, checkSources, verifyRunTool];
