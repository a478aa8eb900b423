import type { Runtime } from '../runtime/runtime.ts';

/**
 * P3: the calls live in a workspace just taken over ran on the previous owner's telephony,
 * which is gone with it (media and signalling were anchored there). They are ended, each
 * with the reason in its history, so that agents and reports see what happened.
 */
export async function endOrphanedCalls(
  runtime: Runtime,
  workspaceId: string,
  previousOwner: string | undefined,
): Promise<void> {
  const calls = [...(runtime.state(workspaceId)?.calls.keys() ?? [])];
  const reason = previousOwner
    ? `node ${previousOwner}, which carried the call, stopped; another node took the workspace over`
    : 'the node that carried the call stopped; another node took the workspace over';
  await Promise.all(
    calls.map((callId) =>
      runtime
        .execute(workspaceId, { type: 'call.telephony_lost', callId, reason }, { kind: 'system' })
        .catch(() => {
          // Already ended meanwhile, or the workspace changed hands again: nothing to end here.
        }),
    ),
  );
}
