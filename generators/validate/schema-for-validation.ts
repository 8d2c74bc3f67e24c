/** The schema as a validator sees it: the editor-only `$schema` path dropped. */
export function schemaForValidation(doc: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { $schema: _editorOnly, ...schema } = doc;
  return schema;
}
