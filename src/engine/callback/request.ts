import { DomainError } from '../../domain/errors.ts';
import { type E164, toE164 } from '../../domain/phone.ts';
import type { Tx } from '../tx.ts';
import type { Call } from '../voice/call.ts';
import { endCall } from '../voice/end.ts';
import { type CallbackSettings, callbackIdOf, promptFor } from './callback.ts';

/** A number's callback option, when its queue offers one. */
export function callbackSettingsOf(tx: Tx, numberId: string): CallbackSettings | undefined {
  const settings = tx.state.numbers[numberId]?.settings.callback;
  return settings?.enabled ? settings : undefined;
}

/** Tells a caller who starts waiting, once per call, which key asks for a callback. */
export function promptWaitingCaller(tx: Tx, callId: string): void {
  const call = tx.state.calls.get(callId);
  if (call?.phase !== 'queued' || call.callbackPrompted) return;
  const settings = callbackSettingsOf(tx, call.numberId);
  if (!settings) return;
  tx.emit({ type: 'callback.prompted', callId, key: settings.key, text: promptFor(settings) });
}

/** The typed number, or the caller's own for none; undefined when the typed one is not a phone number. */
function numberToCall(tx: Tx, call: Call, typed: string): E164 | undefined {
  if (typed === '') return call.from;
  try {
    return toE164(typed, 'digits', tx.state.defaultCountry as never);
  } catch (error) {
    if (error instanceof DomainError) return undefined;
    throw error;
  }
}

/**
 * Keys pressed by a waiting caller (R3): the callback key starts an entry, digits type a
 * number and # ends it (at once: the caller's own number). Returns false when the keys are
 * not for a callback, so the caller keeps waiting as before.
 */
export function enterCallbackDigits(tx: Tx, call: Call, digits: string): boolean {
  if (call.phase !== 'queued' || !call.queuePool) return false;
  const settings = callbackSettingsOf(tx, call.numberId);
  if (!settings) return false;
  let entry = call.callbackEntry;
  for (const key of digits) {
    if (entry === undefined) {
      if (key === settings.key) entry = '';
      continue;
    }
    if (key === '#') return finishEntry(tx, call, entry);
    if (/[0-9]/.test(key) && entry.length < 20) entry += key;
  }
  if (entry === undefined) return false;
  if (entry !== call.callbackEntry) tx.emit({ type: 'callback.entering', callId: call.id, digits: entry });
  return true;
}

function finishEntry(tx: Tx, call: Call, typed: string): boolean {
  const to = numberToCall(tx, call, typed);
  if (!to) {
    // Not a number we can call: the caller starts again, still in their place.
    tx.emit({ type: 'callback.entering', callId: call.id, digits: '' });
    tx.emit({
      type: 'callback.prompted',
      callId: call.id,
      key: '#',
      text: 'That number could not be used. Type the number to call, then hash.',
    });
    return true;
  }
  tx.emit({
    type: 'callback.requested',
    callbackId: callbackIdOf(call.id),
    callId: call.id,
    numberId: call.numberId,
    pool: call.queuePool!,
    to,
    queuedAt: call.queuedAt ?? call.startedAt,
    typed: typed !== '',
  });
  endCall(tx, call.id, 'callback', 'customer');
  return true;
}
