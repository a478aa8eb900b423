import type { E164 } from '../../domain/phone.ts';
import type { SkillsExplanation } from '../routing/requirements.ts';
import type { Audio } from './audio.ts';
import type { ActionReason, CallOutcome, LegEndReason, Offering, Playback, Pool } from './call.ts';
import type { IvrAction } from './ivr-menus.ts';
import type { CallAction } from './number-settings.ts';
import type { CallQuality } from './quality.ts';

export type CallCommand =
  | { type: 'call.inbound'; callId: string; from: string; to: string }
  /** An agent dials out from a number assigned to them. */
  | { type: 'call.outbound'; callId: string; userId: string; numberId: string; to: string }
  /** V9: the agent drops the pre-recorded message into a voicemail box. */
  | { type: 'call.voicedrop'; callId: string }
  | { type: 'call.answer_leg'; callId: string; legId: string }
  | { type: 'call.reject_leg'; callId: string; legId: string }
  | { type: 'call.hangup_leg'; callId: string; legId: string }
  | { type: 'call.dtmf'; callId: string; digits: string }
  | { type: 'call.ring_timeout'; callId: string }
  /**
   * The driver (or the engine's own timer, whichever is first) says a playback ended; with
   * `media`, only that playback (a late report of an earlier one changes nothing).
   */
  | { type: 'call.playback_finished'; callId: string; media?: string }
  /**
   * The driver knows how long the audio it plays lasts (an uploaded or built-in prompt): the
   * engine, which could only estimate it from the text, waits for that instead.
   */
  | { type: 'call.playback_length'; callId: string; media: string; durationMs: number }
  | { type: 'call.voicemail_timeout'; callId: string }
  | { type: 'call.menu_timeout'; callId: string }
  | { type: 'call.queue_timeout'; callId: string }
  /**
   * P3: the node whose telephony carried the call is gone (its media and signalling went with
   * it); the node that took the workspace over ends the call, saying why.
   */
  | { type: 'call.telephony_lost'; callId: string; reason: string }
  /** Issue 15: the driver's quality figures for an agent's connected media leg (a browser phone). */
  | { type: 'call.quality'; callId: string; legId: string; quality: CallQuality };

/** Why each assigned user was or was not offered a call: explainable routing. */
export interface CandidateExplanation {
  userId: string;
  offered: boolean;
  reason: string;
}

export type CallEvent =
  | {
      type: 'call.received';
      callId: string;
      numberId: string;
      from: E164;
      to: E164;
      contactId?: string;
      customerLegId: string;
    }
  | {
      type: 'call.placed';
      callId: string;
      numberId: string;
      from: E164;
      to: E164;
      userId: string;
      agentLegId: string;
      customerLegId: string;
    }
  | { type: 'call.voicedrop'; callId: string; userId?: string }
  | {
      type: 'call.routed';
      callId: string;
      pool: Pool;
      strategy: string;
      poolSize: number;
      /** The members looked at, in the strategy's order, with why each was or was not offered. */
      candidates: CandidateExplanation[];
      /** Members looked at beyond those listed. */
      unlisted?: number;
      offering?: Offering;
      /** The PRNG state after the strategy drew from it. */
      seed: number;
      /** R1: the skills required, those relaxed by the caller's wait, and how many members lacked them. */
      skills?: SkillsExplanation;
    }
  | {
      type: 'call.leg_ringing';
      callId: string;
      legId: string;
      userId?: string;
      /** External legs (forwarding) ring a number instead of an agent. */
      number?: E164;
      /** The caller ID an external leg shows (V16). */
      presentedNumber?: E164;
      /** T3: a transfer's leg carries who transferred it and their note, for the incoming-call notification. */
      transfer?: { transferId: string; fromUserId: string; note?: string };
      /** Round-robin cursor: the member position offered, on the number's pool. */
      position?: number;
    }
  | {
      type: 'call.leg_answered';
      callId: string;
      legId: string;
      userId?: string;
      /** T2: an assisted transfer's target answered: they talk to the initiator, not the held caller. */
      audio?: Audio;
    }
  | { type: 'call.leg_ended'; callId: string; legId: string; userId?: string; reason: LegEndReason }
  | { type: 'call.offer_skipped'; callId: string; userId: string; reason: string }
  /** The random strategy drew numbers while choosing the next agent. */
  | { type: 'call.rng_advanced'; callId: string; seed: number }
  | { type: 'call.dtmf_received'; callId: string; digits: string }
  | { type: 'call.menu_entered'; callId: string; menuId: string; repeats: number }
  | { type: 'call.awaiting_input'; callId: string; menuId: string; untilAt: number }
  | {
      type: 'call.menu_choice';
      callId: string;
      menuId: string;
      input: string | null;
      action: IvrAction;
      reason: 'option' | 'no_input' | 'invalid_input';
    }
  | { type: 'call.filed'; callId: string; contactId: string; responsibleUserId?: string }
  | { type: 'call.action_taken'; callId: string; action: CallAction; reason: ActionReason }
  | { type: 'call.forward_refused'; callId: string; to: E164; reason: string }
  | { type: 'call.telephony_lost'; callId: string; reason: string }
  | ({ type: 'call.quality_recorded'; callId: string; legId: string; userId?: string } & CallQuality)
  | { type: 'call.playing'; callId: string; playback: Playback; text?: string; untilAt: number }
  | { type: 'call.voicemail_recording'; callId: string; voicemailId: string }
  | {
      type: 'call.voicemail_left';
      callId: string;
      voicemailId: string;
      numberId: string;
      from: E164;
      durationMs: number;
    }
  | {
      type: 'call.charged';
      callId: string;
      legId: string;
      to: E164;
      amountCents: number;
      connectedMs: number;
    }
  | { type: 'call.queued'; callId: string; pool: Pool; position: number }
  | { type: 'call.dequeued'; callId: string; reason: 'offered' | 'max_wait' | 'left' }
  | { type: 'call.recording_started'; callId: string; recordingId: string }
  | {
      type: 'call.recording_stopped';
      callId: string;
      recordingId: string;
      durationMs: number;
      numberId: string;
      from: E164;
    }
  | { type: 'call.ended'; callId: string; outcome: CallOutcome; endedBy: 'customer' | 'agent' | 'system' };
