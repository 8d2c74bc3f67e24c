
/** The parts of Docusaurus's sidebar items this function reads; everything else passes through. */
type Item =
  | { readonly type: 'category'; readonly label: string; readonly items: readonly Item[]; readonly [key: string]: unknown }
  | { readonly type: 'doc'; readonly customProps?: Readonly<Record<string, unknown>>; readonly [key: string]: unknown }
  | { readonly type: Exclude<string, 'category' | 'doc'>; readonly [key: string]: unknown };
type Items = readonly Item[];

/** Categories longer than this are split into groups named by their pages' `sidebar_custom_props.group`. */
export const GROUP_THRESHOLD = 40;

/**
 * Splits long sidebar categories (a thousand contracts, a thousand plugins) into
 * collapsed groups: contracts by bus, plugins by lifecycle event, members by
 * layer, ADRs by id range. Docusaurus renders every item of the open category on
 * every page, so one flat category of N pages costs N² at build time and is
 * unreadable anyway. Items without a group stay on top, in their order.
 */
export function groupLargeCategories<T extends Items>(items: T, threshold = GROUP_THRESHOLD): T {
  return items.map((item): Item => {
    if (isDoc(item)) return withoutGroup(item);
    if (!isCategory(item)) return item;
    const children = groupLargeCategories(item.items, threshold);
    if (children.length <= threshold) return { ...item, items: children };
    const top: Item[] = [];
    const groups = new Map<string, Item[]>();
    // `children` maps `item.items` one to one; the group is read before it was stripped.
    item.items.forEach((original, i) => {
      const group = isDoc(original) ? original.customProps?.['group'] : undefined;
      const child = children[i] as Item;
      if (typeof group !== 'string') top.push(child);
      else {
        const list = groups.get(group) ?? [];
        list.push(child);
        groups.set(group, list);
      }
    });
    if (groups.size < 2) return { ...item, items: children };
    const nested: Item[] = [...groups].map(([label, grouped]) => ({ type: 'category', label, collapsed: true, collapsible: true, items: grouped }));
    return { ...item, items: [...top, ...nested] };
  }) as unknown as T;
}

function isCategory(item: Item): item is Extract<Item, { type: 'category' }> {
  return item.type === 'category' && Array.isArray((item as { items?: unknown }).items);
}

function isDoc(item: Item): item is Extract<Item, { type: 'doc' }> {
  return item.type === 'doc';
}

/** The group has done its job once the sidebar is built; every page would otherwise ship it in the sidebar data. */
function withoutGroup(item: Extract<Item, { type: 'doc' }>): Item {
  if (item.customProps === undefined || !('group' in item.customProps)) return item;
  const { group: _used, ...rest } = item.customProps;
  const { customProps: _props, ...plain } = item;
  return Object.keys(rest).length === 0 ? plain : { ...plain, customProps: rest };
}
