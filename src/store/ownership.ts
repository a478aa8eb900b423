/**
 * What a commit checks so that only a workspace's owner writes to it (P2). A store with a
 * fence refuses, inside the commit's own transaction, events of a workspace whose fencing
 * token (epoch) is not the one this node holds.
 */
export interface Fence {
  /** The epoch this node holds for the workspace; undefined when it does not own it. */
  epochOf(workspaceId: string): number | undefined;
}

/**
 * A commit found that this node no longer owns these workspaces (another node took them
 * over, or their log moved on without it). Nothing of the commit was written.
 */
export class OwnershipLostError extends Error {
  constructor(
    readonly workspaceIds: string[],
    reason: string,
  ) {
    super(`ownership of ${workspaceIds.join(', ')} lost: ${reason}`);
  }
}
