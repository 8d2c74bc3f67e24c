import type { Project } from '../../src/types/sources';
import { canonicalJson } from '../util/canonical-json';

/** What `$schema` is inside this repo; member repos use the absolute URL the meta-schema also accepts. */
export const IN_REPO_PROJECT_SCHEMA = '../../schemas/meta/project.schema.json';

/** A member manifest as stored in registry/projects/: canonical JSON with the in-repo `$schema`. */
export function normaliseManifest(doc: Project): string {
  return canonicalJson({ ...doc, $schema: IN_REPO_PROJECT_SCHEMA });
}
