import type { Rule } from '../rule';
import { contractIdAgrees } from './contract-id-agrees';
import { contractRefsResolve } from './contract-refs-resolve';
import { projectLayerKnown } from './project-layer-known';
import { projectNameMatchesFile } from './project-name-matches-file';

export const spineRules: readonly Rule[] = [projectNameMatchesFile, projectLayerKnown, contractIdAgrees, contractRefsResolve];
