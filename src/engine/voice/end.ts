import type { Tx } from '../tx.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import type { CallOutcome, Leg } from './call.ts';
import { endLeg } from './legs.ts';
import { stopRecording } from './recording.ts';
import { clearCallTimers } from './timers.ts';

/** Ends a call: every live leg drops, its timers go, and pre_pause agents settle (W5). */
export function endCall(
  tx: Tx,
  callId: string,
  outcome: CallOutcome,
  endedBy: 'customer' | 'agent' | 'system',
): void {
  const call = tx.state.calls.get(callId);
  if (!call) return;
  clearCallTimers(tx, callId);
  // One pass over the legs.
  const agents = new Set<string>();
  const live: Leg[] = [];
  for (const leg of call.legs.values()) {
    if (leg.userId) agents.add(leg.userId);
    if (leg.status !== 'ended') live.push(leg);
  }
  for (const leg of live) endLeg(tx, call, leg, 'call_ended');
  stopRecording(tx, call);
  tx.emit({ type: 'call.ended', callId, outcome, endedBy });
  for (const userId of agents) settleAfterSession(tx, userId);
}
