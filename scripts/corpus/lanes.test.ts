import { describe, expect, it } from 'vitest';
import { planLanes } from './lanes';

const bases: Record<string, string> = { a: '', b: '/lab', c: '', d: '/site', e: '', f: '/lab' };
const basePath = (site: string) => bases[site] ?? '';

describe('the corpus lanes', () => {
  it('one lane: the exports first, the root base path first, each base path together, then the rest', () => {
    const lanes = planLanes(['a', 'b', 'c', 'd', 'e', 'f'], new Set(['a', 'b', 'c', 'd', 'f']), 1, basePath);
    expect(lanes).toEqual([['a', 'c', 'b', 'f', 'd', 'e']]);
  });

  it('two lanes: each base path whole in one lane, the load shared', () => {
    const lanes = planLanes(['a', 'b', 'c', 'd', 'e', 'f'], new Set(['a', 'b', 'c', 'd', 'e', 'f']), 2, basePath);
    expect(lanes).toEqual([['a', 'c', 'e'], ['b', 'f', 'd']]);
    for (const group of [['a', 'c', 'e'], ['b', 'f'], ['d']]) expect(lanes.filter((lane) => group.some((site) => lane.includes(site)))).toHaveLength(1);
  });

  it('no empty lane when there are fewer groups than lanes', () => {
    expect(planLanes(['a', 'c'], new Set(['a', 'c']), 2, basePath)).toEqual([['a', 'c']]);
  });
});
