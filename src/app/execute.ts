import type { Command } from '../engine/commands.ts';
import type { WorkspaceState } from '../engine/state.ts';
import type { Actor } from '../engine/tx.ts';
import type { Executed, Runtime } from '../runtime/runtime.ts';
import { committedWorkspace } from './workspace.ts';

/**
 * A command handler's check-then-act: the check reads the committed state and may refuse
 * (throw), then the command is decided in the same tick, so nothing decided in between
 * can make the check stale. The check returns the command, built from what it read.
 */
export async function executeChecked(
  runtime: Runtime,
  workspaceId: string,
  check: (state: WorkspaceState) => Command,
  actor: Actor,
): Promise<Executed> {
  const command = check(await committedWorkspace(runtime, workspaceId));
  return runtime.execute(workspaceId, command, actor);
}
