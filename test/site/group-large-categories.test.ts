import { describe, expect, it } from 'vitest';
import { groupLargeCategories } from '../../src/sidebar/group-large-categories';

const doc = (id: string, group?: string) => ({ type: 'doc' as const, id, ...(group === undefined ? {} : { customProps: { group } }) });
const category = (label: string, items: unknown[]) => ({ type: 'category' as const, label, items });

describe('groupLargeCategories', () => {
  it('splits a long category into collapsed groups in first-seen order, ungrouped items first', () => {
    const items = [doc('index'), ...Array.from({ length: 6 }, (_, i) => doc(`p${i}`, i % 2 === 0 ? 'FileDetected' : 'PreMerge'))];
    const [grouped] = groupLargeCategories([category('Plugins', items)] as never, 3) as unknown as Array<{ items: Array<{ type: string; label?: string; id?: string; items?: Array<{ id: string }> }> }>;
    expect(grouped?.items.map((i) => i.id ?? i.label)).toEqual(['index', 'FileDetected', 'PreMerge']);
    expect(grouped?.items[1]?.items?.map((i) => i.id)).toEqual(['p0', 'p2', 'p4']);
  });

  it('drops the group prop once used, and keeps other custom props', () => {
    const items = [category('Plugins', [{ ...doc('a', 'x'), customProps: { group: 'x', badge: 'new' } }, doc('b', 'y')])];
    expect(groupLargeCategories(items as never, 3)).toEqual([category('Plugins', [{ type: 'doc', id: 'a', customProps: { badge: 'new' } }, { type: 'doc', id: 'b' }])]);
  });

  it('leaves short categories and categories without groups as they are', () => {
    const short = [category('Contracts', [doc('a'), doc('b')])];
    expect(groupLargeCategories(short as never, 3)).toEqual(short);
    const ungrouped = [category('Docs', Array.from({ length: 5 }, (_, i) => doc(`d${i}`)))];
    expect(groupLargeCategories(ungrouped as never, 3)).toEqual(ungrouped);
  });
});
