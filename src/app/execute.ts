import type { Command } from '../engine/commands.ts';
import type { WorkspaceState } from '../engine/state.ts';
import type { Actor } from '../engine/tx.ts';
import type { Executed, Runtime } from '../runtime/runtime.ts';
import { committedWorkspace } from './workspace.ts';

/**
 * A command handler's check-then-act: the check may refuse (throw), else the command it returns
 * is decided in the same tick, so nothing decided in between can make the check stale.
 *
 * The check runs first on the live state when a command could be decided on it now. If it
 * passes, the command is decided on top at once: it is acknowledged only after its own commit,
 * which holds everything decided before it, so what the check read is durable by then (and if
 * an earlier commit fails, this command is refused with it). If it refuses, the refusal would
 * be answered at once and might rest on a decision not yet durable: the check runs again on the
 * committed state, and that one's answer stands. Waiting for a committed state stops the
 * workspace's new decisions until every commit in flight is durable (the read gate), which
 * under load turned the commit pipeline into one fsync at a time.
 */
export async function executeChecked(
  runtime: Runtime,
  workspaceId: string,
  check: (state: WorkspaceState) => Command,
  actor: Actor,
): Promise<Executed> {
  const live = runtime.decidable(workspaceId);
  if (live) {
    const command = passed(check, live);
    if (command) return runtime.execute(workspaceId, command, actor);
  }
  const command = check(await committedWorkspace(runtime, workspaceId));
  return runtime.execute(workspaceId, command, actor);
}

function passed(check: (state: WorkspaceState) => Command, state: WorkspaceState): Command | undefined {
  try {
    return check(state);
  } catch {
    return undefined;
  }
}
