import type { Rule } from '../rule';
import { adrAffectsResolve } from './adr-affects-resolve';
import { adrDateValid } from './adr-date-valid';
import { adrFileMatchesId } from './adr-file-matches-id';
import { adrIdsUnique } from './adr-ids-unique';
import { adrLinksResolve } from './adr-links-resolve';
import { adrReferencesResolve } from './adr-references-resolve';
import { adrSectionsPresent } from './adr-sections-present';
import { adrSupersedeAcyclic } from './adr-supersede-acyclic';
import { adrSupersededStatus } from './adr-superseded-status';

export const decisionRules: readonly Rule[] = [
  adrFileMatchesId,
  adrIdsUnique,
  adrDateValid,
  adrReferencesResolve,
  adrSupersededStatus,
  adrSupersedeAcyclic,
  adrAffectsResolve,
  adrSectionsPresent,
  adrLinksResolve,
];
