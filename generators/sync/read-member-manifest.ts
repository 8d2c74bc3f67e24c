import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import type { Project } from '../../src/types/sources';
import { attachPositions } from '../diagnostics/attach-positions';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic';
import { parseJsonSource } from '../load/source-file';
import { ajvDiagnostics } from '../validate/ajv-diagnostics';

export type ManifestRead =
  | { readonly status: 'missing'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly status: 'invalid'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly status: 'valid'; readonly doc: Project };

/**
 * Reads one member's manifest from its checkout and checks it with the same
 * meta-schema (and the same Ajv setup and messages) as `npm run check`.
 * `display` is the path printed in diagnostics.
 */
export function readMemberManifest(path: string, display: string, member: string, validate: ValidateFunction): ManifestRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') throw e;
    return {
      status: 'missing',
      diagnostics: [diagnostic('SYNC_MANIFEST_MISSING', display, '', `The workspace has no manifest for "${member}" (the file at the root of its checkout).`, `Check out the member repo as ${display.slice(0, display.lastIndexOf('/'))}/ with its manifest at the root, or mark "${member}" "draft": true in registry/registry.json.`)],
    };
  }
  return checkMemberManifest(text, display, member, validate);
}

/**
 * One member's manifest text (from a checkout or a repository) against the
 * project meta-schema, with the same Ajv setup and messages as `npm run check`,
 * and its name against the member's.
 */
export function checkMemberManifest(text: string, display: string, member: string, validate: ValidateFunction): ManifestRead {
  const parsed = parseJsonSource(display, text);
  const files = new Map([[display, parsed.source]]);
  if (parsed.diagnostics.length > 0) return { status: 'invalid', diagnostics: parsed.diagnostics };
  if (!validate(parsed.source.value)) {
    return { status: 'invalid', diagnostics: attachPositions(ajvDiagnostics('SYNC_MANIFEST_INVALID', display, validate.errors, 'schemas/meta/project.schema.json'), files) };
  }
  const doc = parsed.source.value as Project;
  if (doc.name !== member) {
    return {
      status: 'invalid',
      diagnostics: attachPositions(
        [diagnostic('SYNC_NAME_MISMATCH', display, '/name', `The manifest of "${member}" is named "${doc.name}".`, `Set "name" to "${member}" in the member repo, or fix the checkout folder name or the registry entry.`)],
        files,
      ),
    };
  }
  return { status: 'valid', doc };
}
