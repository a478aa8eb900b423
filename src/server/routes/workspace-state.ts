import { DomainError } from '../../domain/errors.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import type { ServerContext } from '../context.ts';

/**
 * The live state of a workspace the caller may read. authorize() has already refused other
 * workspaces; this catches the server admin key naming one that does not exist.
 */
export function requireState(context: ServerContext, workspaceId: string): WorkspaceState {
  const state = context.runtime.state(workspaceId);
  if (!state) throw new DomainError('not_found', `workspace ${workspaceId} does not exist`, 'workspaceId');
  return state;
}
