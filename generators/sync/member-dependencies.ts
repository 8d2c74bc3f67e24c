import { readFileSync } from 'node:fs';
import { pointerOf, type Diagnostic } from '../diagnostics/diagnostic';
import { parseJsonSource } from '../load/source-file';

/** One real dependency found in a member's package files. */
export interface RealDependency {
  readonly ecosystem: 'npm' | 'go';
  /** The package name (npm) or module path (go). */
  readonly name: string;
  /** The npm version spec (may be a git URL); the go version. */
  readonly spec: string;
  /** Where it is declared: the file as displayed, and a pointer or a line. */
  readonly file: string;
  readonly pointer: string;
  readonly line: number | undefined;
  readonly column: number | undefined;
  /** `dependencies`, `devDependencies`, … or `require`. */
  readonly section: string;
}

const NPM_SECTIONS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;
const NPM_BUNDLED = ['bundleDependencies', 'bundledDependencies'] as const;

/** Every dependency in `package.json` (all sections), with positions; missing file → none. */
export function npmDependencies(path: string, display: string): { deps: RealDependency[]; diagnostics: Diagnostic[] } | undefined {
  const text = readText(path);
  if (text === undefined) return undefined;
  const parsed = parseJsonSource(display, text);
  if (parsed.diagnostics.length > 0) return { deps: [], diagnostics: parsed.diagnostics };
  const json = parsed.source.value;
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return { deps: [], diagnostics: [] };
  const record = json as Record<string, unknown>;
  const deps: RealDependency[] = [];
  const at = (pointer: string) => parsed.source.locate(pointer);
  for (const section of NPM_SECTIONS) {
    const entries = record[section];
    if (entries === null || typeof entries !== 'object' || Array.isArray(entries)) continue;
    for (const [name, spec] of Object.entries(entries as Record<string, unknown>)) {
      const pointer = pointerOf(section, name);
      deps.push({ ecosystem: 'npm', name, spec: typeof spec === 'string' ? spec : '', file: display, pointer, line: at(pointer)?.line, column: at(pointer)?.column, section });
    }
  }
  for (const section of NPM_BUNDLED) {
    const names = record[section];
    if (!Array.isArray(names)) continue;
    names.forEach((name, i) => {
      if (typeof name !== 'string') return;
      const pointer = pointerOf(section, i);
      deps.push({ ecosystem: 'npm', name, spec: '', file: display, pointer, line: at(pointer)?.line, column: at(pointer)?.column, section });
    });
  }
  return { deps, diagnostics: [] };
}

/** Every `require` of a `go.mod` (single-line and block form), with its line; missing file → none. */
export function goDependencies(path: string, display: string): RealDependency[] | undefined {
  const text = readText(path);
  if (text === undefined) return undefined;
  const deps: RealDependency[] = [];
  let inBlock = false;
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inBlock) {
      if (line === ')') inBlock = false;
      else if (line !== '') push(line, i);
      return;
    }
    if (/^require\s*\($/.test(line)) inBlock = true;
    else if (/^require\s+/.test(line)) push(line.replace(/^require\s+/, ''), i);
  });
  function push(entry: string, index: number): void {
    const [name, version] = entry.split(/\s+/);
    if (name === undefined || name === '') return;
    deps.push({ ecosystem: 'go', name: name.replace(/^"|"$/g, ''), spec: version ?? '', file: display, pointer: '', line: index + 1, column: 1, section: 'require' });
  }
  return deps;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}
