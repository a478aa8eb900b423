import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { enterCallbackDigits } from '../callback/request.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { WorkspaceState } from '../state.ts';
import { joinMonitor } from '../supervision/decide.ts';
import { hangUpDuringTransfer } from '../transfer/assisted.ts';
import { answerTransferLeg, failTransfer } from '../transfer/decide.ts';
import type { Tx } from '../tx.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import { outcomeAfterPlayback } from './actions.ts';
import { type Call, type Leg, liveLegs, ringingLegs } from './call.ts';
import { endCall } from './end.ts';
import type { CallCommand } from './events.ts';
import { dialDuringWelcome, receiveCall } from './inbound.ts';
import { awaitDigits, chooseInMenu } from './ivr.ts';
import { endLeg } from './legs.ts';
import { applyMissedOfferPolicy } from './missed-offers.ts';
import { ringNext } from './offer.ts';
import { dropVoicemail, hangUpOutbound, placeOutbound } from './outbound.ts';
import { recordQuality } from './quality.ts';
import { backToQueue } from './queue.ts';
import { startRecording } from './recording.ts';
import { poolExhausted, routeCall } from './routing.ts';
import { playbackTimerId, queueTimerId, ringTimerId, voicemailMaxMs, voicemailTimerId } from './timers.ts';

function requireCall(state: WorkspaceState, callId: string): Call {
  const call = state.calls.get(callId);
  if (!call) throw notFound('call', callId, 'callId');
  return call;
}

function requireLeg(call: Call, legId: string): Leg {
  const leg = call.legs.get(legId);
  if (!leg) throw notFound('leg', legId, 'legId');
  return leg;
}

/** Nobody rings any more: a forwarded call ends (V14); otherwise the next agent, or the pool's fallback. */
function afterOfferFailed(tx: Tx, callId: string): void {
  const call = tx.state.calls.get(callId);
  if (!call || ringingLegs(call).length > 0 || (call.phase !== 'ringing' && call.phase !== 'forwarding'))
    return;
  if (call.forwarded) return endCall(tx, callId, 'missed', 'system');
  tx.clearTimer(ringTimerId(callId));
  if (ringNext(tx, callId)) return;
  // A caller who already waited in the queue goes back to their place in it (issue 21 item 5).
  if (backToQueue(tx, call)) return;
  // Everyone offered let it ring out or declined: the pool's no-answer fallback, not the queue.
  const pool = call.offering?.pool;
  if (!pool) return endCall(tx, callId, 'missed', 'system');
  poolExhausted(tx, callId, pool);
}

function ringTimeout(tx: Tx, call: Call): void {
  if (call.direction === 'outbound')
    return call.phase === 'ringing' ? hangUpOutbound(tx, call, 'agent') : undefined;
  for (const leg of ringingLegs(call)) {
    endLeg(tx, call, leg, 'no_answer');
    if (leg.userId) applyMissedOfferPolicy(tx, leg.userId);
  }
  afterOfferFailed(tx, call.id);
}

function playbackFinished(tx: Tx, call: Call, media?: string): void {
  if (call.phase !== 'playing' || !call.playback) return;
  if (media !== undefined && media !== call.playback.media) return;
  tx.clearTimer(playbackTimerId(call.id));
  const { after } = call.playback;
  if (after === 'route') return routeCall(tx, call.id);
  if (after === 'await_digits') return awaitDigits(tx, call.id);
  if (after === 'hang_up') return endCall(tx, call.id, outcomeAfterPlayback(call), 'system');
  tx.emit({ type: 'call.voicemail_recording', callId: call.id, voicemailId: `vm_${call.id}` });
  tx.setTimer(voicemailTimerId(call.id), tx.now + voicemailMaxMs, {
    type: 'call.voicemail_timeout',
    callId: call.id,
  });
}

/** How long after the audio's reported end the engine's own timer ends a playback the driver did not. */
const playbackGraceMs = 2_000;
const longestPlaybackMs = 3_600_000;

/** The driver's measure of the audio replaces the engine's estimate from the text. */
function timePlayback(tx: Tx, call: Call, media: string, durationMs: number): void {
  if (!Number.isInteger(durationMs) || durationMs < 0 || durationMs > longestPlaybackMs)
    throw invalid('durationMs', `durationMs must be a whole number of ms from 0 to ${longestPlaybackMs}`);
  if (call.phase !== 'playing' || call.playback?.media !== media) return;
  tx.setTimer(playbackTimerId(call.id), tx.now + durationMs + playbackGraceMs, {
    type: 'call.playback_finished',
    callId: call.id,
    media,
  });
}

/** The caller stops recording (hangs up, or the maximum length is reached): the voicemail is left. */
function finishVoicemail(tx: Tx, call: Call, endedBy: 'customer' | 'system'): void {
  const startedAt = call.voicemailStartedAt ?? tx.now;
  tx.emit({
    type: 'call.voicemail_left',
    callId: call.id,
    voicemailId: call.voicemailId!,
    numberId: call.numberId,
    from: call.from,
    durationMs: tx.now - startedAt,
  });
  endCall(tx, call.id, 'voicemail', endedBy);
}

function answer(tx: Tx, call: Call, leg: Leg): void {
  if (leg.status !== 'ringing') throw conflict(`leg ${leg.id} is not ringing`, 'legId');
  if (call.transfer?.targetLegId === leg.id) return answerTransferLeg(tx, call, leg);
  if (leg.monitor) return joinMonitor(tx, call, leg);
  tx.clearTimer(ringTimerId(call.id));
  for (const other of ringingLegs(call))
    if (other.id !== leg.id) endLeg(tx, call, other, 'answered_elsewhere');
  // A call never queued has no queue timer (waitInQueue sets it once call.queued set queuedAt).
  if (call.queuedAt !== undefined) tx.clearTimer(queueTimerId(call.id));
  tx.emit({ type: 'call.leg_answered', callId: call.id, legId: leg.id, userId: leg.userId });
  // V2: recording starts when someone answers, forwarded calls included; never before.
  startRecording(tx, call);
}

function hangUp(tx: Tx, call: Call, leg: Leg): void {
  if (call.direction === 'outbound') {
    // After a voicedrop the agent is gone and the message is playing: the box hanging up ends it as dropped.
    if (call.playback?.media === 'voicedrop') return endCall(tx, call.id, 'voicedrop', 'customer');
    return hangUpOutbound(tx, call, leg.party === 'customer' ? 'customer' : 'agent');
  }
  if (hangUpDuringTransfer(tx, call, leg)) return;
  const answered = call.forwarded ? 'forwarded' : 'answered';
  if (leg.party === 'customer') {
    if (call.phase === 'voicemail') return finishVoicemail(tx, call, 'customer');
    // Answered once (then held, or being transferred): the call counts as answered.
    if (call.phase === 'connected' || call.answeredAt !== undefined)
      return endCall(tx, call.id, answered, 'customer');
    if (call.action) return endCall(tx, call.id, outcomeAfterPlayback(call), 'customer');
    return endCall(tx, call.id, 'abandoned', 'customer');
  }
  endLeg(tx, call, leg, 'hung_up');
  // A supervisor listening or whispering does not keep the caller on the line; one who barged in does (R4).
  const connected = liveLegs(call).some(
    (other) =>
      other.party !== 'customer' &&
      other.status === 'connected' &&
      (other.monitor === undefined || other.monitor === 'barge'),
  );
  if (call.phase === 'connected' && !connected)
    return endCall(tx, call.id, answered, leg.userId ? 'agent' : 'system');
  if (leg.userId) settleAfterSession(tx, leg.userId);
  afterOfferFailed(tx, call.id);
}

/** P3: the call's telephony died with its node; the history says so, then the call ends as it stood. */
function telephonyLost(tx: Tx, call: Call, reason: string): void {
  if (!reason.trim()) throw invalid('reason', 'reason must say why the call is ended');
  tx.emit({ type: 'call.telephony_lost', callId: call.id, reason });
  const answered = call.forwarded ? 'forwarded' : 'answered';
  endCall(tx, call.id, call.answeredAt !== undefined ? answered : 'missed', 'system');
}

/** The caller waited the maximum: out of the queue, to the pool's fallback. */
function queueTimeout(tx: Tx, call: Call): void {
  if (call.phase !== 'queued' || !call.queuePool) return;
  tx.emit({ type: 'call.dequeued', callId: call.id, reason: 'max_wait' });
  poolExhausted(tx, call.id, call.queuePool);
}

/** DTMF: a menu choice (V10), an extension during the welcome (V11), or just recorded. */
function pressDigits(tx: Tx, call: Call, digits: string): void {
  if (!/^[0-9*#]{1,32}$/.test(digits)) throw invalid('digits', 'digits must be 0-9, * or #');
  tx.emit({ type: 'call.dtmf_received', callId: call.id, digits });
  if (enterCallbackDigits(tx, call, digits)) return;
  const inMenu = call.menu && (call.phase === 'menu' || call.playback?.after === 'await_digits');
  if (inMenu) return chooseInMenu(tx, call.id, digits[0]!);
  dialDuringWelcome(tx, call.id);
}

/** An agent whose phone rings stops being available (paused, offline): the ring stops and the call moves on. */
export function stopRingingFor(tx: Tx, userId: string): void {
  for (const call of tx.state.calls.values())
    for (const leg of ringingLegs(call)) {
      if (leg.userId !== userId) continue;
      endLeg(tx, call, leg, 'agent_unavailable');
      afterOfferFailed(tx, call.id);
    }
  settleAfterSession(tx, userId);
}

export function decideCall(tx: Tx, command: CallCommand): void {
  if (command.type === 'call.inbound') return receiveCall(tx, command);
  if (command.type === 'call.outbound') return placeOutbound(tx, command);
  const call = requireCall(tx.state, command.callId);
  switch (command.type) {
    case 'call.voicedrop':
      return dropVoicemail(tx, call);
    case 'call.ring_timeout':
      return ringTimeout(tx, call);
    case 'call.playback_finished':
      return playbackFinished(tx, call, command.media);
    case 'call.playback_length':
      return timePlayback(tx, call, command.media, command.durationMs);
    case 'call.voicemail_timeout':
      return call.phase === 'voicemail' ? finishVoicemail(tx, call, 'system') : undefined;
    case 'call.dtmf':
      return pressDigits(tx, call, command.digits);
    case 'call.queue_timeout':
      return queueTimeout(tx, call);
    case 'call.menu_timeout':
      return call.phase === 'menu' ? chooseInMenu(tx, call.id, null) : undefined;
    case 'call.telephony_lost':
      return telephonyLost(tx, call, command.reason);
  }
  const leg = requireLeg(call, command.legId);
  if (leg.status === 'ended') throw conflict(`leg ${leg.id} has already ended`, 'legId');
  if (command.type === 'call.answer_leg') return answer(tx, call, leg);
  if (command.type === 'call.hangup_leg') return hangUp(tx, call, leg);
  if (command.type === 'call.quality') return recordQuality(tx, call, leg, command.quality);
  if (command.type !== 'call.reject_leg') return unhandledCommand(command);
  if (leg.status !== 'ringing') throw conflict(`leg ${leg.id} is not ringing`, 'legId');
  if (call.transfer?.targetLegId === leg.id) return failTransfer(tx, call, 'declined');
  endLeg(tx, call, leg, 'rejected');
  afterOfferFailed(tx, call.id);
}
