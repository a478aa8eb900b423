import { conflict, DomainError, invalid } from '../../domain/errors.ts';
import { toE164 } from '../../domain/phone.ts';
import type { Tx } from '../tx.ts';
import { requireNumber } from '../workspace/numbers.ts';
import { requireUser } from '../workspace/users.ts';
import { play } from './actions.ts';
import type { Call } from './call.ts';
import { endCall } from './end.ts';
import type { CallCommand } from './events.ts';
import { forwardRefusal } from './forward.ts';
import { endLeg } from './legs.ts';
import { unavailableReason } from './offer.ts';
import { ringTimerId, speechMs } from './timers.ts';

/** How long an outgoing call rings before it counts as not answered. */
export const outboundRingMs = 60_000;

/**
 * An agent calls an external number from a number assigned to them (W8). It costs like a
 * forward (V17): a rented number needs balance, a sip number the SIP licence.
 */
export function placeOutbound(tx: Tx, command: Extract<CallCommand, { type: 'call.outbound' }>): void {
  const state = tx.state;
  if (state.calls.get(command.callId)) throw conflict(`call ${command.callId} already exists`, 'callId');
  const user = requireUser(state, command.userId);
  const number = requireNumber(state, command.numberId);
  if (!number.assignedUserIds.includes(user.id))
    throw new DomainError(
      'forbidden',
      `${user.name} is not assigned to ${number.e164} and may not call from it`,
      'numberId',
    );
  const to = toE164(command.to, 'to', state.defaultCountry as never);
  // Dialling out is the agent's own choice: wrap-up (R2) holds back offers, not their own calls.
  const busy = unavailableReason({ ...user, presence: 'online', wrapUp: undefined });
  if (busy) throw conflict(`${user.name} cannot place a call now: ${busy}`, 'userId');
  const refusal = forwardRefusal(state, number, to);
  if (refusal)
    throw new DomainError(
      number.kind === 'sip' ? 'licence_required' : 'insufficient_balance',
      refusal,
      'numberId',
    );
  tx.emit({
    type: 'call.placed',
    callId: command.callId,
    numberId: number.id,
    from: number.e164,
    to,
    userId: user.id,
    agentLegId: `${command.callId}.0`,
    customerLegId: `${command.callId}.1`,
  });
  tx.setTimer(ringTimerId(command.callId), tx.now + outboundRingMs, {
    type: 'call.ring_timeout',
    callId: command.callId,
  });
}

/** Either side hanging up ends an outgoing call; unanswered, it counts as not answered. */
export function hangUpOutbound(tx: Tx, call: Call, endedBy: 'customer' | 'agent'): void {
  endCall(tx, call.id, call.phase === 'connected' ? 'answered' : 'missed', endedBy);
}

/**
 * V9: the call reached a voicemail box; the agent drops the number's pre-recorded message
 * with one action and is free at once, while the message plays into the box.
 */
export function dropVoicemail(tx: Tx, call: Call): void {
  if (call.direction !== 'outbound') throw invalid('callId', 'voicedrop is for outgoing calls');
  if (call.phase !== 'connected')
    throw conflict('voicedrop needs the call to be answered by the voicemail box', 'callId');
  const message = tx.state.numbers[call.numberId]?.settings.voicedropMessage;
  if (!message)
    throw invalid('voicedropMessage', 'the number has no voicedrop message; set one in its settings');
  const agentLeg = [...call.legs.values()].find((leg) => leg.party === 'agent' && leg.status !== 'ended');
  tx.emit({ type: 'call.voicedrop', callId: call.id, userId: call.agentId });
  if (agentLeg) endLeg(tx, call, agentLeg, 'voicedrop');
  play(
    tx,
    tx.state.calls.get(call.id)!,
    { media: 'voicedrop', after: 'hang_up' },
    speechMs(message),
    message,
  );
}
