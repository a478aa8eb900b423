import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { toE164 } from '../../domain/phone.ts';
import { takesNewWork } from '../../domain/presence.ts';
import type { PhoneNumber, User, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import { type Call, type CallOutcome, type Leg, liveLegs, ringingLegs } from './call.ts';
import type { CallCommand } from './events.ts';

export const defaultRingTimeoutMs = 30_000;

export const ringTimerId = (callId: string) => `ring:${callId}`;

function requireCall(state: WorkspaceState, callId: string): Call {
  const call = state.calls[callId];
  if (!call) throw notFound('call', callId, 'callId');
  return call;
}

function requireLeg(call: Call, legId: string): Leg {
  const leg = call.legs[legId];
  if (!leg) throw notFound('leg', legId, 'legId');
  return leg;
}

/** Voice sessions an agent holds now: legs of theirs that ring or are connected. */
export function voiceLoad(state: WorkspaceState, userId: string): { busy: number; ringing: boolean } {
  let busy = 0;
  let ringing = false;
  for (const call of Object.values(state.calls))
    for (const leg of Object.values(call.legs)) {
      if (leg.userId !== userId || leg.status === 'ended') continue;
      busy += 1;
      if (leg.status === 'ringing') ringing = true;
    }
  return { busy, ringing };
}

/** Why an assigned user can or cannot be offered a call now; undefined means they can. */
function unavailableReason(state: WorkspaceState, user: User): string | undefined {
  if (!takesNewWork(user.presence)) return `presence is ${user.presence}`;
  const load = voiceLoad(state, user.id);
  if (load.ringing) return 'already ringing for another call';
  if (load.busy >= user.capacity.voice) return `voice capacity ${load.busy}/${user.capacity.voice} is full`;
  return undefined;
}

function offerCall(tx: Tx, call: Call, number: PhoneNumber): void {
  const candidates = number.assignedUserIds.map((userId) => {
    const user = tx.state.users[userId];
    const reason = user ? unavailableReason(tx.state, user) : 'no longer a user';
    return { userId, offered: reason === undefined, reason: reason ?? 'available' };
  });
  tx.emit({ type: 'call.routed', callId: call.id, strategy: 'simultaneous', candidates });
  const offered = candidates.filter((candidate) => candidate.offered);
  if (offered.length === 0) {
    endCall(tx, call.id, 'no_agent', 'system');
    return;
  }
  for (const { userId } of offered) {
    const legId = `${call.id}.${tx.state.calls[call.id]!.legCount + 1}`;
    tx.emit({ type: 'call.leg_ringing', callId: call.id, legId, userId });
  }
  tx.setTimer(ringTimerId(call.id), tx.now + defaultRingTimeoutMs, { type: 'call.ring_timeout', callId: call.id });
}

export function endCall(tx: Tx, callId: string, outcome: CallOutcome, endedBy: 'customer' | 'agent' | 'system'): void {
  const call = tx.state.calls[callId];
  if (!call) return;
  tx.clearTimer(ringTimerId(callId));
  const agents = new Set<string>();
  for (const leg of Object.values(call.legs)) if (leg.userId) agents.add(leg.userId);
  for (const leg of liveLegs(call))
    tx.emit({ type: 'call.leg_ended', callId, legId: leg.id, userId: leg.userId, reason: 'call_ended' });
  tx.emit({ type: 'call.ended', callId, outcome, endedBy });
  for (const userId of agents) settleAfterSession(tx, userId);
}

function receive(tx: Tx, command: Extract<CallCommand, { type: 'call.inbound' }>): void {
  if (tx.state.calls[command.callId]) throw conflict(`call ${command.callId} already exists`, 'callId');
  const to = toE164(command.to, 'to');
  const from = toE164(command.from, 'from');
  const numberId = tx.state.numberByE164[to];
  if (!numberId) throw invalid('to', `${to} is not a number of this workspace`);
  const contactId = tx.state.contactByPhone[from];
  tx.emit({
    type: 'call.received',
    callId: command.callId,
    numberId,
    from,
    to,
    ...(contactId ? { contactId } : {}),
    customerLegId: `${command.callId}.0`,
  });
  offerCall(tx, tx.state.calls[command.callId]!, tx.state.numbers[numberId]!);
}

function stopOtherRinging(tx: Tx, call: Call, answeredLegId: string): void {
  for (const leg of ringingLegs(call))
    if (leg.id !== answeredLegId)
      tx.emit({ type: 'call.leg_ended', callId: call.id, legId: leg.id, userId: leg.userId, reason: 'answered_elsewhere' });
}

function missedIfNobodyRings(tx: Tx, callId: string): void {
  const call = tx.state.calls[callId];
  if (call && call.status === 'ringing' && ringingLegs(call).length === 0) endCall(tx, callId, 'missed', 'system');
}

export function decideCall(tx: Tx, command: CallCommand): void {
  if (command.type === 'call.inbound') return receive(tx, command);
  const call = requireCall(tx.state, command.callId);
  if (command.type === 'call.ring_timeout') {
    for (const leg of ringingLegs(call))
      tx.emit({ type: 'call.leg_ended', callId: call.id, legId: leg.id, userId: leg.userId, reason: 'no_answer' });
    return missedIfNobodyRings(tx, call.id);
  }
  if (command.type === 'call.dtmf') {
    if (!/^[0-9*#]{1,32}$/.test(command.digits)) throw invalid('digits', 'digits must be 0-9, * or #');
    tx.emit({ type: 'call.dtmf_received', callId: call.id, digits: command.digits });
    return;
  }
  const leg = requireLeg(call, command.legId);
  if (leg.status === 'ended') throw conflict(`leg ${leg.id} has already ended`, 'legId');
  if (command.type === 'call.answer_leg') {
    if (leg.status !== 'ringing') throw conflict(`leg ${leg.id} is not ringing`, 'legId');
    tx.clearTimer(ringTimerId(call.id));
    stopOtherRinging(tx, call, leg.id);
    tx.emit({ type: 'call.leg_answered', callId: call.id, legId: leg.id, userId: leg.userId });
    return;
  }
  if (command.type === 'call.reject_leg') {
    if (leg.status !== 'ringing') throw conflict(`leg ${leg.id} is not ringing`, 'legId');
    tx.emit({ type: 'call.leg_ended', callId: call.id, legId: leg.id, userId: leg.userId, reason: 'rejected' });
    return missedIfNobodyRings(tx, call.id);
  }
  // Hang-up: the customer leaving, or the last connected agent leaving, ends the call.
  if (leg.party === 'customer') return endCall(tx, call.id, call.status === 'connected' ? 'answered' : 'abandoned', 'customer');
  tx.emit({ type: 'call.leg_ended', callId: call.id, legId: leg.id, userId: leg.userId, reason: 'hung_up' });
  const agentStillConnected = liveLegs(call).some((other) => other.party !== 'customer' && other.status === 'connected');
  if (call.status === 'connected' && !agentStillConnected) return endCall(tx, call.id, 'answered', 'agent');
  if (leg.userId) settleAfterSession(tx, leg.userId);
  missedIfNobodyRings(tx, call.id);
}
