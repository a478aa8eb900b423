import { conflict, invalid } from '../../domain/errors.ts';
import { isOpen } from '../../domain/hours.ts';
import { toE164 } from '../../domain/phone.ts';
import type { Tx } from '../tx.ts';
import { play, takeAction } from './actions.ts';
import type { CallCommand } from './events.ts';
import { forwardCall } from './forward.ts';
import { anyAssignedOnline, offerCall } from './offer.ts';
import { speechMs } from './timers.ts';

/** A new inbound call enters its number's pipeline (V3–V7). */
export function receiveCall(tx: Tx, command: Extract<CallCommand, { type: 'call.inbound' }>): void {
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
  startPipeline(tx, command.callId);
}

function startPipeline(tx: Tx, callId: string): void {
  const call = tx.state.calls[callId]!;
  const number = tx.state.numbers[call.numberId]!;
  const { settings } = number;
  // V3: working hours come before every other setting.
  if (settings.hours && !isOpen(settings.hours, tx.now)) return takeAction(tx, callId, settings.outOfHoursAction, 'out_of_hours');
  if (settings.mode === 'reject') return takeAction(tx, callId, settings.offlineAction, 'mode_reject');
  if (settings.mode === 'forward_all') {
    tx.emit({ type: 'call.action_taken', callId, action: { kind: 'forward', to: settings.forwardTo! }, reason: 'forward_all' });
    return forwardCall(tx, callId, settings.forwardTo!);
  }
  if (!anyAssignedOnline(tx.state, number)) return takeAction(tx, callId, settings.offlineAction, 'offline');
  // V7: the welcome message plays only in receive mode with an agent online, before ringing.
  if (settings.welcomeMessage)
    return play(tx, call, { media: 'welcome', then: 'offer' }, speechMs(settings.welcomeMessage), settings.welcomeMessage);
  offerOrFallBack(tx, callId);
}

/** Offers the call to agents; if none can take it, the number's no-answer action runs. */
export function offerOrFallBack(tx: Tx, callId: string): void {
  const call = tx.state.calls[callId]!;
  const number = tx.state.numbers[call.numberId]!;
  if (!anyAssignedOnline(tx.state, number)) return takeAction(tx, callId, number.settings.offlineAction, 'offline');
  if (!offerCall(tx, call, number)) takeAction(tx, callId, number.settings.noAnswerAction, 'no_answer');
}
