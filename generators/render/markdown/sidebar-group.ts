/**
 * Front matter naming the sidebar group of a generated page. The site splits a
 * long category into these groups (src/sidebar/group-large-categories.ts);
 * short ones stay flat.
 */
export function sidebarGroup(group: string): { sidebar_custom_props: { group: string } } {
  return { sidebar_custom_props: { group } };
}
