import { DomainError } from '../domain/errors.ts';
import type { WorkspaceState } from '../engine/state.ts';
import type { Runtime } from '../runtime/runtime.ts';

/**
 * The committed state of a workspace the caller may read (authorize() has already refused
 * other workspaces; this catches the server admin key naming one that does not exist).
 * It holds only until the caller next awaits: take what the reply needs from it at once,
 * and read it again after executing a command.
 */
export async function committedWorkspace(runtime: Runtime, workspaceId: string): Promise<WorkspaceState> {
  const state = await runtime.committed(workspaceId);
  if (!state) throw new DomainError('not_found', `workspace ${workspaceId} does not exist`, 'workspaceId');
  return state;
}

/**
 * 404 for a workspace whose creation is not durable (the server admin key may name any),
 * without waiting for the commits in flight: a workspace is never removed, so they cannot
 * change the answer. For a command handler that needs nothing else of the state.
 */
export function requireWorkspace(runtime: Runtime, workspaceId: string): void {
  if (!runtime.created(workspaceId))
    throw new DomainError('not_found', `workspace ${workspaceId} does not exist`, 'workspaceId');
}
