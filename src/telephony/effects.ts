import type { E164 } from '../domain/phone.ts';
import type { Event, StoredEvent } from '../engine/events.ts';
import type { Audio, Sound } from '../engine/voice/audio.ts';
import type { LegEndReason, Playback } from '../engine/voice/call.ts';
import type { AudioSource } from './media-plane.ts';

/**
 * What the phone network must do because of a committed event (ARCHITECTURE: effects are
 * derived from events; a driver executes them and reports back with commands).
 */
export type Effect =
  /** Keep the caller on the line while the engine decides what they hear. */
  | { kind: 'hold_caller'; callId: string; customerLegId: string; from: E164; to: E164 }
  /** An agent calls a customer from a workspace number: their phone dials, the customer's rings. */
  | {
      kind: 'place_call';
      callId: string;
      userId: string;
      agentLegId: string;
      customerLegId: string;
      from: E164;
      to: E164;
    }
  /** Play media to the caller until `untilAt` (a real driver reports the true end). */
  | { kind: 'play'; callId: string; media: Playback['media']; text?: string; untilAt: number }
  /** Listen for the caller's keys until `untilAt` (an IVR menu). */
  | { kind: 'collect_digits'; callId: string; untilAt: number }
  /** Ring an agent's softphone. */
  | {
      kind: 'ring';
      callId: string;
      legId: string;
      userId: string;
      transfer?: { fromUserId: string; note?: string };
    }
  /** Dial an external number (forwarding), showing `presentedNumber` as caller ID when set (V16). */
  | { kind: 'dial'; callId: string; legId: string; number: E164; presentedNumber?: E164 }
  /** R3: tell the waiting caller something over the hold music (the callback option), which then goes on. */
  | { kind: 'announce'; callId: string; text: string }
  /** The caller waits in a queue with hold music. */
  | { kind: 'hold_music'; callId: string; position: number }
  /** Start or stop recording the call (V2). */
  | { kind: 'start_recording'; callId: string; recordingId: string }
  | { kind: 'stop_recording'; callId: string; recordingId: string }
  /** Connect an answered leg to the caller. */
  | { kind: 'bridge'; callId: string; legId: string; userId?: string }
  /**
   * These legs hear each other and nobody else from now on: two are bridged, three or more
   * conferenced (resume, an assisted transfer's consult, bringing all three together, a hand-over).
   * A leg named here that was still ringing has been answered.
   */
  | { kind: 'connect'; callId: string; legIds: string[] }
  /** R4: this leg hears exactly these legs, one way (a supervisor listening; an agent hearing a whisper). */
  | { kind: 'listen'; callId: string; legId: string; hears: string[] }
  /** This leg hears a sound and nobody from now on: hold music, ringback, silence (it leaves any bridge). */
  | { kind: 'hear'; callId: string; legId: string; sound: Sound }
  /** Stop a leg ringing, or disconnect it if it was connected. */
  | { kind: 'drop_leg'; callId: string; legId: string; userId?: string; reason: LegEndReason }
  /** Record the caller's voicemail after the beep. */
  | { kind: 'record'; callId: string; voicemailId: string }
  /** The call is over: hang up the caller and anything left. */
  | { kind: 'hang_up'; callId: string; outcome: string };

export type EffectKind = Effect['kind'];

const withUser = (userId: string | undefined) => (userId ? { userId } : {});

/** What the line changes: sounds first, so a caller put on hold leaves a bridge before the agents join. */
function audioEffects(callId: string, audio: Audio | undefined): Effect[] {
  if (!audio) return [];
  const effects: Effect[] = (audio.hear ?? []).map(({ legId, sound }) => ({
    kind: 'hear',
    callId,
    legId,
    sound,
  }));
  if (audio.talk && audio.talk.length > 0) effects.push({ kind: 'connect', callId, legIds: [...audio.talk] });
  for (const { legId, hears } of audio.listen ?? [])
    effects.push({ kind: 'listen', callId, legId, hears: [...hears] });
  return effects;
}

/** How a media plane plays a sound (src/telephony/media-plane.ts). */
export function soundSource(sound: Sound): AudioSource {
  if (sound === 'ringback') return { kind: 'tone', tone: 'ringback' };
  return { kind: sound };
}

/** The effects of one event; most events (configuration, timers, routing, billing) have none. */
export function effectsOf(event: Event): Effect[] {
  switch (event.type) {
    case 'call.received': {
      const { callId, customerLegId, from, to } = event;
      return [{ kind: 'hold_caller', callId, customerLegId, from, to }];
    }
    case 'call.placed': {
      const { callId, userId, agentLegId, customerLegId, from, to } = event;
      return [{ kind: 'place_call', callId, userId, agentLegId, customerLegId, from, to }];
    }
    case 'callback.prompted':
      return [{ kind: 'announce', callId: event.callId, text: event.text }];
    case 'call.queued':
      return [{ kind: 'hold_music', callId: event.callId, position: event.position }];
    case 'call.recording_started':
      return [{ kind: 'start_recording', callId: event.callId, recordingId: event.recordingId }];
    case 'call.recording_stopped':
      return [{ kind: 'stop_recording', callId: event.callId, recordingId: event.recordingId }];
    case 'call.playing': {
      const { callId, playback, text, untilAt } = event;
      return [{ kind: 'play', callId, media: playback.media, ...(text ? { text } : {}), untilAt }];
    }
    case 'call.awaiting_input':
      return [{ kind: 'collect_digits', callId: event.callId, untilAt: event.untilAt }];
    case 'call.leg_ringing':
      if (event.userId)
        return [
          {
            kind: 'ring',
            callId: event.callId,
            legId: event.legId,
            userId: event.userId,
            ...(event.transfer
              ? {
                  transfer: {
                    fromUserId: event.transfer.fromUserId,
                    ...(event.transfer.note ? { note: event.transfer.note } : {}),
                  },
                }
              : {}),
          },
        ];
      if (event.number) {
        const { callId, legId, number, presentedNumber } = event;
        return [{ kind: 'dial', callId, legId, number, ...(presentedNumber ? { presentedNumber } : {}) }];
      }
      return [];
    case 'call.leg_answered':
      // T2: a consult's target talks to the initiator; the caller is not bridged to them.
      if (event.audio) return audioEffects(event.callId, event.audio);
      return [{ kind: 'bridge', callId: event.callId, legId: event.legId, ...withUser(event.userId) }];
    case 'call.monitor_ringing':
      return [{ kind: 'ring', callId: event.callId, legId: event.legId, userId: event.userId }];
    case 'call.monitor_joined':
    case 'call.monitor_changed':
    case 'call.monitor_followed':
    case 'call.held':
    case 'call.resumed':
    case 'call.transfer_started':
    case 'call.transfer_conference_started':
    case 'call.transfer_completed':
    case 'call.transfer_cancelled':
    case 'call.transfer_failed':
      return audioEffects(event.callId, event.audio);
    case 'call.leg_ended':
      return [
        {
          kind: 'drop_leg',
          callId: event.callId,
          legId: event.legId,
          ...withUser(event.userId),
          reason: event.reason,
        },
      ];
    case 'call.voicemail_recording':
      return [{ kind: 'record', callId: event.callId, voicemailId: event.voicemailId }];
    case 'call.ended':
      return [{ kind: 'hang_up', callId: event.callId, outcome: event.outcome }];
    default:
      return [];
  }
}

/** Effects due at one moment in one workspace. */
export interface EffectRun {
  workspaceId: string;
  at: number;
  effects: Effect[];
}

/** A committed batch's effects in log order, in runs of one workspace and one moment. */
export function effectRuns(batch: StoredEvent[]): EffectRun[] {
  const runs: EffectRun[] = [];
  for (const stored of batch) {
    const effects = effectsOf(stored.event);
    if (effects.length === 0) continue;
    const last = runs.at(-1);
    if (last && last.workspaceId === stored.workspaceId && last.at === stored.at)
      last.effects.push(...effects);
    else runs.push({ workspaceId: stored.workspaceId, at: stored.at, effects });
  }
  return runs;
}
