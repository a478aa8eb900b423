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
