import type { Rule } from '../rule';
import { admissionComplete } from './admission-complete';
import { consumersDeclareContractEdges } from './consumers-declare-contract-edges';
import { contractEdgesJustified } from './contract-edges-justified';
import { contractsEmitted } from './contracts-emitted';
import { contractsHaveSchemas } from './contracts-have-schemas';
import { dependenciesAcyclic } from './dependencies-acyclic';
import { dependsOnMembers } from './depends-on-members';
import { inputsHaveProducer } from './inputs-have-producer';
import { layerOrder } from './layer-order';
import { manifestsMatchMembers } from './manifests-match-members';
import { memberNamesFree } from './member-names-free';
import { orthogonalEdges } from './orthogonal-edges';
import { placeholdersFilled } from './placeholders-filled';
import { scratchpadsIsolated } from './scratchpads-isolated';
import { singleBusOwner } from './single-bus-owner';

/** The registry doctor: cross-file rules over the registry, the manifests and the contract schemas. */
export const registryRules: readonly Rule[] = [
  manifestsMatchMembers,
  memberNamesFree,
  dependsOnMembers,
  dependenciesAcyclic,
  layerOrder,
  orthogonalEdges,
  contractsHaveSchemas,
  contractsEmitted,
  singleBusOwner,
  inputsHaveProducer,
  consumersDeclareContractEdges,
  contractEdgesJustified,
  scratchpadsIsolated,
  admissionComplete,
  placeholdersFilled,
];
