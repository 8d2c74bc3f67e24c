/** `registry/plugins/<Folder>/plugin.spec.json` → `<Folder>`. */
export function pluginFolder(file: string): string {
  return file.split('/')[2] ?? '';
}
