import { describe, expect, it } from 'vitest';
import type { LeaseView, Owner } from '../store/postgres/leases.ts';
import { drainTargets, rebalanceTargets } from './balance.ts';

/** A view: the live nodes, and how many live workspaces each owns. */
function view(owned: Record<string, number>, free = 0): LeaseView {
  const owners = new Map<string, Owner>();
  for (const [nodeId, count] of Object.entries(owned))
    for (let index = 0; index < count; index++) owners.set(`${nodeId}_w${index}`, { nodeId, live: true });
  const nodes = Object.keys(owned).map((nodeId) => ({ nodeId, address: `http://${nodeId}` }));
  return { liveNodes: nodes.length, nodes, workspaces: owners.size + free, owners };
}

describe('spreading workspaces over live nodes (issue 18)', () => {
  it('a node that holds them all gives the newcomer its share, and no more', () => {
    expect(rebalanceTargets(view({ a: 4, b: 0 }), 'a', 4)).toEqual(['b', 'b']);
    expect(rebalanceTargets(view({ a: 5, b: 0 }), 'a', 5)).toEqual(['b', 'b']);
    expect(rebalanceTargets(view({ a: 4, b: 0, c: 0 }), 'a', 4)).toEqual(['b', 'c']);
    expect(rebalanceTargets(view({ a: 6, b: 2, c: 0 }), 'a', 6)).toEqual(['c', 'c', 'b']);
  });

  it('nodes within one of each other keep what they have: nothing goes back and forth', () => {
    expect(rebalanceTargets(view({ a: 2, b: 2 }), 'a', 2)).toEqual([]);
    expect(rebalanceTargets(view({ a: 3, b: 2 }), 'a', 3)).toEqual([]);
    expect(rebalanceTargets(view({ a: 2, b: 3 }), 'b', 3)).toEqual([]);
    expect(rebalanceTargets(view({ a: 1 }), 'a', 1)).toEqual([]);
  });

  it('a node alone gives nothing; a workspace nobody owns counts toward the shares', () => {
    expect(rebalanceTargets(view({ a: 7 }), 'a', 7)).toEqual([]);
    expect(rebalanceTargets(view({ a: 3, b: 0 }, 1), 'a', 3)).toEqual(['b']);
  });

  it('a node that is not reachable yet (no address advertised) is handed nothing', () => {
    const starting = view({ a: 4, b: 0 });
    starting.nodes[1] = { nodeId: 'b' };
    expect(rebalanceTargets(starting, 'a', 4)).toEqual([]);
    expect(drainTargets(starting, 'a', 4)).toEqual([]);
  });

  it('a leaving node spreads all it holds over the others, the least loaded first', () => {
    expect(drainTargets(view({ a: 3, b: 1, c: 0 }), 'a', 3)).toEqual(['c', 'b', 'c']);
    expect(drainTargets(view({ a: 2 }), 'a', 2)).toEqual([]);
  });
});
