import { describe, expect, it } from 'vitest';
import { findCycles, neighbourhood, type Edge } from '../../generators/model/registry-graph';

const edge = (from: string, to: string, kind: Edge['kind'] = 'contract', index = 0): Edge => ({ from, to, kind, note: undefined, index });

describe('findCycles', () => {
  const cases: Array<[string, string[], Edge[], string[][]]> = [
    ['no edges', ['a', 'b'], [], []],
    ['a chain', ['a', 'b', 'c'], [edge('c', 'b'), edge('b', 'a')], []],
    ['a self-edge', ['a'], [edge('a', 'a')], [['a', 'a']]],
    ['two nodes', ['a', 'b'], [edge('b', 'a'), edge('a', 'b')], [['a', 'b', 'a']]],
    ['three nodes, started at the smallest name', ['x', 'm', 'c'], [edge('x', 'c'), edge('c', 'm'), edge('m', 'x')], [['c', 'm', 'x', 'c']]],
    ['the shortest way round a component', ['a', 'b', 'c', 'd'], [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('b', 'a'), edge('c', 'd')], [['a', 'b', 'a']]],
    ['two separate cycles', ['a', 'b', 'c', 'd'], [edge('a', 'b'), edge('b', 'a'), edge('c', 'd'), edge('d', 'c')], [['a', 'b', 'a'], ['c', 'd', 'c']]],
    ['edges to unknown nodes are ignored', ['a'], [edge('a', 'ghost'), edge('ghost', 'a')], []],
  ];
  it.each(cases)('%s', (_name, nodes, edges, want) => {
    expect(findCycles(nodes, edges)).toEqual(want);
  });

  it('handles a long chain without deep recursion', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => `n${String(i).padStart(5, '0')}`);
    const edges = nodes.slice(1).map((n, i) => edge(n, nodes[i] as string));
    expect(findCycles(nodes, edges)).toEqual([]);
    expect(findCycles(nodes, [...edges, edge(nodes[0] as string, nodes[nodes.length - 1] as string)])).toHaveLength(1);
  });
});

describe('neighbourhood', () => {
  it('derives the reverse edges', () => {
    const edges = [edge('b', 'a'), edge('c', 'a', 'build'), edge('c', 'b'), edge('a', 'z', 'runtime')];
    const near = neighbourhood(edges, 'a');
    expect(near.out.map((e) => `${e.from}->${e.to}`)).toEqual(['a->z']);
    expect(near.in.map((e) => `${e.from}->${e.to}:${e.kind}`)).toEqual(['b->a:contract', 'c->a:build']);
  });
});
