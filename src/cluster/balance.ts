import type { LeaseView } from '../store/postgres/leases.ts';

/**
 * How many live workspaces each other live node owns, as the view saw them. Only nodes that
 * say where they are reached may receive one: a node still starting (not yet listening)
 * could not be forwarded the workspace's commands.
 */
function loadOfOthers(view: LeaseView, me: string): Map<string, number> {
  const counts = new Map(
    view.nodes.filter((node) => node.nodeId !== me && node.address).map((node) => [node.nodeId, 0]),
  );
  for (const owner of view.owners.values()) {
    const count = counts.get(owner.nodeId);
    if (owner.live && count !== undefined) counts.set(owner.nodeId, count + 1);
  }
  return counts;
}

const leastLoaded = (counts: Map<string, number>) =>
  [...counts].sort(([a, x], [b, y]) => x - y || (a < b ? -1 : 1))[0];

/**
 * Where this node should hand workspaces so that they spread over the live nodes (issue 18):
 * only a node above its fair share gives, one workspace at a time to the least loaded other
 * node, and only while the receiver ends up with fewer than the giver keeps, so that two
 * nodes never pass a workspace back and forth. One entry per workspace to give.
 */
export function rebalanceTargets(view: LeaseView, me: string, held: number): string[] {
  const fairShare = Math.ceil(view.workspaces / view.liveNodes);
  const counts = loadOfOthers(view, me);
  const targets: string[] = [];
  for (let mine = held; mine > fairShare; mine--) {
    const least = leastLoaded(counts);
    if (!least || least[1] + 1 >= mine) break;
    targets.push(least[0]);
    counts.set(least[0], least[1] + 1);
  }
  return targets;
}

/** A leaving node's workspaces, each to the least loaded of the others (none: nobody is left). */
export function drainTargets(view: LeaseView, me: string, held: number): string[] {
  const counts = loadOfOthers(view, me);
  const targets: string[] = [];
  for (let index = 0; index < held; index++) {
    const least = leastLoaded(counts);
    if (!least) break;
    targets.push(least[0]);
    counts.set(least[0], least[1] + 1);
  }
  return targets;
}
