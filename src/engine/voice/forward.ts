import type { E164 } from '../../domain/phone.ts';
import { ratePerMinute } from '../../domain/rates.ts';
import type { PhoneNumber, WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { takeAction } from './actions.ts';
import { nextLegId } from './call.ts';
import { ringTimerId } from './timers.ts';

/** V17: why a forward may not be placed; undefined when it may. */
export function forwardRefusal(state: WorkspaceState, number: PhoneNumber, to: E164): string | undefined {
  if (number.kind === 'sip')
    return state.billing.sipLicence ? undefined : 'the SIP-connector licence is not active';
  const rate = ratePerMinute(to);
  if (state.billing.balanceCents < rate)
    return `the telephony balance (${state.billing.balanceCents} cents) does not cover a minute to ${to} (${rate} cents)`;
  return undefined;
}

/**
 * Forwards a call to an external number: the final stage (V14). If it may not be placed
 * (V17), the call goes to voicemail instead, with the reason in its history.
 */
export function forwardCall(tx: Tx, callId: string, to: E164): void {
  const call = tx.state.calls.get(callId);
  const number = call && tx.state.numbers[call.numberId];
  if (!call || !number) return;
  const refusal = forwardRefusal(tx.state, number, to);
  if (refusal) {
    tx.emit({ type: 'call.forward_refused', callId, to, reason: refusal });
    takeAction(tx, callId, { kind: 'voicemail' }, 'forward_refused');
    return;
  }
  // V16: the forwarded leg may show the caller's number, on rented numbers only.
  const presentedNumber = number.kind === 'rented' && number.settings.passCallerId ? call.from : number.e164;
  tx.emit({ type: 'call.leg_ringing', callId, legId: nextLegId(call), number: to, presentedNumber });
  tx.setTimer(ringTimerId(callId), tx.now + number.settings.ringTimeoutSec * 1000, {
    type: 'call.ring_timeout',
    callId,
  });
}

/**
 * V15: an unconditional forward (the number's forward_all mode, or a telephony group with an
 * empty queue whose no-answer action forwards, seed 004) reaches nobody in Switchboard. A known
 * caller's call is filed on the contact and assigned to its responsible user; an unknown
 * caller's has no employee and creates no CRM entry.
 */
export function forwardUnconditionally(tx: Tx, callId: string, to: E164): void {
  const call = tx.state.calls.get(callId);
  if (!call) return;
  if (call.contactId) {
    const responsibleUserId = tx.state.contacts[call.contactId]?.responsibleUserId;
    tx.emit({
      type: 'call.filed',
      callId,
      contactId: call.contactId,
      ...(responsibleUserId ? { responsibleUserId } : {}),
    });
  }
  forwardCall(tx, callId, to);
}
