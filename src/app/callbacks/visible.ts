import type { Callback } from '../../engine/callback/callback.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import { mayViewCallback, type Viewer } from '../visibility.ts';

/** R3: the callbacks in progress a viewer follows: an agent's own, or all for supervisors. */
export function visibleCallbacks(state: WorkspaceState, viewer: Viewer): Callback[] {
  return [...state.callbacks.values()].filter((callback) => mayViewCallback(viewer, callback));
}
