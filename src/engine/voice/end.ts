import type { Tx } from '../tx.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import { type CallOutcome, liveLegs } from './call.ts';
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
  const call = tx.state.calls[callId];
  if (!call) return;
  clearCallTimers(tx, callId);
  const agents = new Set<string>();
  for (const leg of Object.values(call.legs)) if (leg.userId) agents.add(leg.userId);
  for (const leg of liveLegs(call)) endLeg(tx, call, leg, 'call_ended');
  stopRecording(tx, call);
  tx.emit({ type: 'call.ended', callId, outcome, endedBy });
  for (const userId of agents) settleAfterSession(tx, userId);
}
