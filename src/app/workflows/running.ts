import type { WorkspaceState } from '../../engine/state.ts';

/** F1: how many runs of a workflow are going on now, whichever version each follows. */
export function runningInstances(state: WorkspaceState, workflowId: string): number {
  let running = 0;
  for (const run of Object.values(state.workflowRuns)) if (run.workflowId === workflowId) running += 1;
  return running;
}
