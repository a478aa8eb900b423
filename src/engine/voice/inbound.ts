import { conflict, invalid } from '../../domain/errors.ts';
import { isOpen } from '../../domain/hours.ts';
import { toE164 } from '../../domain/phone.ts';
import type { Tx } from '../tx.ts';
import { play, takeAction } from './actions.ts';
import type { CallCommand } from './events.ts';
import { forwardUnconditionally } from './forward.ts';
import { anyOnline } from './offer.ts';
import { offerToUser, routeCall } from './routing.ts';
import { playbackTimerId, speechMs } from './timers.ts';

/** A new inbound call enters its number's pipeline (V3–V7). */
export function receiveCall(tx: Tx, command: Extract<CallCommand, { type: 'call.inbound' }>): void {
  if (tx.state.calls.get(command.callId)) throw conflict(`call ${command.callId} already exists`, 'callId');
  const to = toE164(command.to, 'to');
  const from = toE164(command.from, 'from');
  const numberId = tx.state.numberByE164[to];
  if (!numberId) throw invalid('to', `${to} is not a number of this workspace`);
  const contactId = tx.state.contactByPhone.get(from);
  const customerLegId = `${command.callId}.0`;
  // Two literals rather than a spread (V8 builds a spread's object by a slow copy); same keys, same order.
  tx.emit(
    contactId
      ? { type: 'call.received', callId: command.callId, numberId, from, to, contactId, customerLegId }
      : { type: 'call.received', callId: command.callId, numberId, from, to, customerLegId },
  );
  startPipeline(tx, command.callId);
}

function startPipeline(tx: Tx, callId: string): void {
  const call = tx.state.calls.get(callId)!;
  const number = tx.state.numbers[call.numberId]!;
  const { settings } = number;
  // V3: working hours come before every other setting.
  if (settings.hours && !isOpen(settings.hours, tx.now))
    return takeAction(tx, callId, settings.outOfHoursAction, 'out_of_hours');
  if (settings.mode === 'reject') return takeAction(tx, callId, settings.offlineAction, 'mode_reject');
  if (settings.mode === 'forward_all') {
    // V15: straight to the forward number, no welcome, menu or owner routing.
    const to = settings.forwardTo!;
    tx.emit({ type: 'call.action_taken', callId, action: { kind: 'forward', to }, reason: 'forward_all' });
    return forwardUnconditionally(tx, callId, to);
  }
  // V7: the welcome message plays only in receive mode with an agent online, before ringing.
  if (settings.welcomeMessage && anyOnline(tx.state, number.assignedUserIds))
    return play(
      tx,
      call,
      { media: 'welcome', after: 'route' },
      speechMs(settings.welcomeMessage),
      settings.welcomeMessage,
    );
  routeCall(tx, callId);
}

/** V11: digits dialled so far during the welcome message that make up an extension ring that employee. */
export function dialDuringWelcome(tx: Tx, callId: string): boolean {
  const call = tx.state.calls.get(callId);
  const number = call && tx.state.numbers[call.numberId];
  if (
    !call ||
    !number?.settings.extensionDialing ||
    call.phase !== 'playing' ||
    call.playback?.after !== 'route'
  )
    return false;
  const dialled = call.dialled ?? '';
  const user = Object.values(tx.state.users).find((candidate) => candidate.extension === dialled);
  if (!user) return false;
  tx.clearTimer(playbackTimerId(callId));
  offerToUser(tx, callId, user.id, 'extension');
  return true;
}
