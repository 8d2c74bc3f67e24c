import type { Rule } from '../rule';
import { contractChangedWithoutBump } from './contract-changed-without-bump';
import { contractRemoved } from './contract-removed';
import { contractVersionHasAdr } from './contract-version-has-adr';
import { contractVersionSequence } from './contract-version-sequence';

export const evolutionRules: readonly Rule[] = [contractChangedWithoutBump, contractRemoved, contractVersionSequence, contractVersionHasAdr];
