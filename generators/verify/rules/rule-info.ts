/** A rule's name and codes: what the report, the docs and the fixture tests know of it. */
export interface RuleInfo {
  readonly name: string;
  readonly codes: readonly string[];
}
