import type { Effect } from '../effects.ts';
import type { AudioSource } from '../media-plane.ts';
import { promptForPlayback } from '../prompts/kinds.ts';
import { answerOnBrowser } from './browser-devices.ts';
import { answerCaller, bye, callKey, type DriverContext } from './context.ts';
import type { SipCall } from './legs.ts';
import { syncMedia } from './media-sync.ts';
import { dialLeg, dropLeg } from './outbound.ts';
import { placeCall } from './place-call.ts';

/** What a tone playback sounds like on the wire (prompts are audio files: promptFor). */
function toneOf(media: Extract<Effect, { kind: 'play' }>['media']): AudioSource {
  if (media === 'ring_free_tone') return { kind: 'tone', tone: 'ringback' };
  if (media === 'busy_tone') return { kind: 'tone', tone: 'busy' };
  // A voice drop has no recording of its own yet: a beep, and the engine's timer ends it.
  return { kind: 'tone', tone: 'beep' };
}

let promptsStarted = 0;

/** Executes one engine effect on a call the SIP driver carries. */
export function applyEffect(context: DriverContext, workspaceId: string, effect: Effect): void {
  if (effect.kind === 'place_call') return placeCall(context, workspaceId, effect);
  const call = context.calls.get(callKey(workspaceId, effect.callId));
  if (!call) return;
  switch (effect.kind) {
    case 'hold_caller':
      call.customerLegId = effect.customerLegId;
      return;
    case 'ring':
      ringCaller(context, call);
      dialLeg(context, call, { legId: effect.legId, userId: effect.userId });
      return;
    case 'dial':
      ringCaller(context, call);
      dialLeg(context, call, {
        legId: effect.legId,
        number: effect.number,
        ...(effect.presentedNumber ? { presentedNumber: effect.presentedNumber } : {}),
      });
      return;
    case 'play':
      return play(context, call, effect);
    case 'collect_digits':
      answerCaller(context, call);
      return;
    case 'announce':
      // Prompts are a beep until recordings are wired in (see sourceOf); the hold music goes on after it.
      answerCaller(context, call);
      call.caller.media.play({ kind: 'tone', tone: 'beep' }, () => {
        if (call.mediaState === undefined && !call.caller.done)
          call.caller.media.play({ kind: 'hold_music' });
      });
      return;
    case 'hold_music':
      answerCaller(context, call);
      delete call.mediaState;
      call.caller.media.play({ kind: 'hold_music' });
      return;
    case 'bridge':
      return bridge(context, call, effect.legId);
    case 'connect':
      // T2: a consult's target answered on their console; media-sync.ts bridges the consult.
      for (const legId of effect.legIds) answerOnBrowser(context, call, legId);
      return;
    case 'drop_leg':
      return dropLeg(context, call, effect.legId);
    case 'record':
      answerCaller(context, call);
      call.recordings.set(effect.voicemailId, context.plane.record([call.caller.media]));
      return;
    case 'start_recording': {
      const connected = [...call.legs.values()].filter((leg) => leg.state === 'connected' && leg.media);
      const legs = [call.caller.media, ...connected.map((leg) => leg.media!)];
      call.recordings.set(effect.recordingId, context.plane.record(legs));
      return;
    }
    case 'stop_recording':
      return stopRecording(context, call, effect.recordingId);
    case 'hang_up':
      return hangUp(context, call, effect.outcome);
  }
}

/** The caller hears ringing (180) while agents' phones ring, once. */
function ringCaller(context: DriverContext, call: SipCall): void {
  const caller = call.caller;
  if (caller.ringingSent || caller.dialog || caller.done) return;
  caller.ringingSent = true;
  caller.invite.reply(180, { toTag: caller.localTag });
  void context;
}

function play(context: DriverContext, call: SipCall, effect: Extract<Effect, { kind: 'play' }>): void {
  // A caller who has not been answered hears busy as a SIP refusal, not as a tone (486).
  if (effect.media === 'busy_tone' && !call.caller.dialog) {
    call.caller.refusal = 486;
    return;
  }
  answerCaller(context, call);
  const { media } = effect;
  const finished = () =>
    context.submit(call.workspaceId, { type: 'call.playback_finished', callId: call.callId, media });
  const kind = promptForPlayback(effect.media);
  if (!kind) {
    delete call.mediaState;
    call.caller.media.play(toneOf(effect.media), finished);
    return;
  }
  // The prompt's file is read asynchronously: it plays only if nothing else took the caller's
  // audio meanwhile (a bridge, hold music, another playback, the end of the call).
  const token = `prompt:${++promptsStarted}`;
  call.mediaState = token;
  context
    .prompt(call.workspaceId, call.to, kind, call.callId)
    .then((pcm) => {
      if (call.mediaState !== token || call.caller.done) return;
      // The engine only estimated the prompt's length from its text: it waits for the audio.
      if (pcm)
        context.submit(call.workspaceId, {
          type: 'call.playback_length',
          callId: call.callId,
          media,
          durationMs: Math.ceil(pcm.length / 8),
        });
      call.caller.media.play(pcm ? { kind: 'prompt', pcm } : { kind: 'tone', tone: 'beep' }, finished);
    })
    .catch((error: unknown) => context.warn('SIP: prompt not played', error));
}

/** An answered leg: the caller is answered; media follows the engine's call (media-sync.ts). */
function bridge(context: DriverContext, call: SipCall, legId: string): void {
  // Answered on the console while the agent's SIP phones still ring: they stop, and the
  // console takes the audio when it is a browser phone (issue 15).
  if (!answerOnBrowser(context, call, legId) && call.legs.get(legId)?.state === 'ringing')
    dropLeg(context, call, legId);
  answerCaller(context, call);
  syncMedia(context, call);
}

/** The call is over: the caller gets BYE, or a final refusal if never answered; every leg ends. */
function hangUp(context: DriverContext, call: SipCall, outcome: string): void {
  for (const leg of call.legs.values()) dropLeg(context, call, leg.legId);
  for (const id of [...call.recordings.keys()]) stopRecording(context, call, id);
  const caller = call.caller;
  if (caller.dialog && !caller.gone) bye(context, caller.dialog);
  else if (!caller.dialog && !caller.done)
    caller.invite.reply(caller.gone ? 487 : (caller.refusal ?? (outcome === 'rejected' ? 603 : 480)), {
      toTag: caller.localTag,
    });
  caller.done = true;
  caller.media.close();
  const key = callKey(call.workspaceId, call.callId);
  context.calls.delete(key);
  context.ended.add(key);
  if (context.ended.size > endedKept) context.ended.delete(context.ended.values().next().value!);
}

/** Recently ended calls remembered so late audio events are still recognised as ours. */
const endedKept = 1000;

/** Stops a recording or voicemail and keeps its WAV under the engine's id. */
function stopRecording(context: DriverContext, call: SipCall, id: string): void {
  const recording = call.recordings.get(id);
  if (!recording) return;
  call.recordings.delete(id);
  context.saveAudio(call.workspaceId, id, recording.stop());
}
