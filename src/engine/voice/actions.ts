import type { Tx } from '../tx.ts';
import type { ActionReason, Call, CallOutcome, Playback } from './call.ts';
import { endCall } from './end.ts';
import { forwardCall } from './forward.ts';
import type { CallAction } from './number-settings.ts';
import { playbackTimerId, speechMs } from './timers.ts';

/** Seed 002: the ring-free tone plays for 30 seconds, then the call hangs up. */
export const ringFreeMs = 30_000;
const busyToneMs = 5_000;
export const defaultVoicemailGreeting = 'Please leave a message after the tone.';

export function play(tx: Tx, call: Call, playback: Playback, durationMs: number, text?: string): void {
  const untilAt = tx.now + durationMs;
  tx.emit({ type: 'call.playing', callId: call.id, playback, ...(text ? { text } : {}), untilAt });
  tx.setTimer(playbackTimerId(call.id), untilAt, { type: 'call.playback_finished', callId: call.id });
}

/** The outcome a call gets when an action ends it. */
function outcomeOf(reason: ActionReason): CallOutcome {
  if (reason === 'mode_reject') return 'rejected';
  if (reason === 'offline') return 'no_agent';
  if (reason === 'out_of_hours') return 'out_of_hours';
  return 'missed';
}

/** Runs one of V6's six actions on a call nobody can (or may) take. */
export function takeAction(tx: Tx, callId: string, action: CallAction, reason: ActionReason): void {
  const call = tx.state.calls.get(callId);
  if (!call) return;
  tx.emit({ type: 'call.action_taken', callId, action, reason });
  switch (action.kind) {
    case 'hang_up':
      return endCall(tx, callId, outcomeOf(reason), 'system');
    case 'busy':
      return play(tx, call, { media: 'busy_tone', after: 'hang_up' }, busyToneMs);
    case 'ring_free':
      return play(tx, call, { media: 'ring_free_tone', after: 'hang_up' }, ringFreeMs);
    case 'message':
      return play(tx, call, { media: 'message', after: 'hang_up' }, speechMs(action.message), action.message);
    case 'voicemail': {
      const greeting = action.greeting ?? defaultVoicemailGreeting;
      return play(
        tx,
        call,
        { media: 'voicemail_greeting', after: 'record_voicemail' },
        speechMs(greeting),
        greeting,
      );
    }
    case 'forward':
      return forwardCall(tx, callId, action.to);
  }
}

/** When an action's playback ends, the call ends with the outcome its action implies. */
export function outcomeAfterPlayback(call: Call): CallOutcome {
  if (call.playback?.media === 'voicedrop') return 'voicedrop';
  return call.actionReason ? outcomeOf(call.actionReason) : 'missed';
}
