import { callRelaxTimerId } from '../routing/relax.ts';
import { callHasTimers } from '../timer-ids.ts';
import { transferTimerId } from '../transfer/transfer.ts';
import type { Tx } from '../tx.ts';

export const ringTimerId = (callId: string) => `ring:${callId}`;
export const playbackTimerId = (callId: string) => `play:${callId}`;
export const voicemailTimerId = (callId: string) => `vm:${callId}`;
export const menuTimerId = (callId: string) => `menu:${callId}`;
export const queueTimerId = (callId: string) => `queue:${callId}`;

/** The longest voicemail a caller may leave. */
export const voicemailMaxMs = 120_000;

/** Every timer of the call, in this order; a call with no timer set (most) builds none of the ids. */
export function clearCallTimers(tx: Tx, callId: string): void {
  if (!callHasTimers(tx.state.timers, callId)) return;
  tx.clearTimer(ringTimerId(callId));
  tx.clearTimer(playbackTimerId(callId));
  tx.clearTimer(voicemailTimerId(callId));
  tx.clearTimer(menuTimerId(callId));
  tx.clearTimer(queueTimerId(callId));
  tx.clearTimer(transferTimerId(callId));
  tx.clearTimer(callRelaxTimerId(callId));
}

/**
 * How long a spoken text takes, so a virtual clock can play it out: about 2.5 words a
 * second, at least 2 s. A real driver reports the true end with call.playback_finished.
 */
export function speechMs(text: string): number {
  const words = text.trim().split(/\s+/).filter(Boolean).length;
  return Math.max(2000, Math.ceil((words / 2.5) * 1000));
}
