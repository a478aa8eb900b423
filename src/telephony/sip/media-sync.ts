import type { StoredEvent } from '../../engine/events.ts';
import { monitorAudio } from '../../engine/supervision/audio.ts';
import type { Audio } from '../../engine/voice/audio.ts';
import type { Call } from '../../engine/voice/call.ts';
import type { MediaLeg } from '../media-plane.ts';
import { callKey, type DriverContext } from './context.ts';
import type { OutLeg, SipCall } from './legs.ts';

/**
 * What a connected caller hears follows the engine's call (S3, S4): the agent's leg while
 * they talk; hold music while held or while the agent consults a transfer target (the
 * caller never hears the consult, which bridges the agent and the target); everyone mixed
 * once a transfer becomes a conference; a supervisor as the engine's monitorAudio says (with
 * the agents' side while the caller is held). Applied only when it changes, so hold music
 * does not restart on every event.
 */
export function syncMedia(context: DriverContext, call: SipCall): void {
  const engineCall = context.state(call.workspaceId)?.calls.get(call.callId);
  const customer = customerMedia(call);
  if (!engineCall || !customer) return;
  const connected = (legId: string | undefined) => {
    const leg = legId ? call.legs.get(legId) : undefined;
    return leg?.state === 'connected' && leg.media ? leg : undefined;
  };
  const agentLegs = [...engineCall.legs.values()]
    .filter((leg) => leg.party !== 'customer' && leg.status === 'connected' && leg.monitor === undefined)
    .map((leg) => connected(leg.id))
    .filter((leg) => leg !== undefined);
  const transfer = engineCall.transfer;
  let wanted = '';
  let apply = () => {};
  if (transfer?.state === 'conference' && agentLegs.length > 0) {
    wanted = `conference:${agentLegs.map((leg) => leg.legId).join(',')}`;
    apply = () => context.plane.conference([customer, ...agentLegs.map((leg) => leg.media!)]);
  } else if (transfer?.state === 'consulting' || engineCall.held) {
    const initiator = transfer && agentLegs.find((leg) => leg.userId === transfer.initiatorId);
    const target = transfer && connected(transfer.targetLegId);
    wanted = `hold:${initiator?.legId ?? ''}:${target?.legId ?? ''}`;
    apply = () => {
      customer.play({ kind: 'hold_music' });
      if (initiator && target && transfer?.state === 'consulting')
        context.plane.bridge(initiator.media!, target.media!);
    };
  } else if (agentLegs.length > 0) {
    const leg = agentLegs.at(-1)!;
    wanted = `bridge:${leg.legId}`;
    apply = () => context.plane.bridge(customer, leg.media!);
  }
  const supervisor = monitorOf(engineCall, connected);
  if (supervisor) {
    // R4: the engine says what a supervisor and the agents hear (monitorAudio), held or not.
    const audio = monitorAudio(engineCall, supervisor.legId, supervisor.mode);
    const mediaOf = (legId: string) =>
      engineCall.legs.get(legId)?.party === 'customer' ? customer : connected(legId)?.media;
    wanted += `|${supervisor.legId}:${JSON.stringify(audio)}`;
    const base = apply;
    apply = () => {
      base();
      applyAudio(context, audio, mediaOf);
    };
  }
  if (!wanted) return;
  if (call.mediaState === wanted) return;
  call.mediaState = wanted;
  apply();
}

/** The plane's part of an engine Audio: who talks together, who hears whom one way. */
function applyAudio(
  context: DriverContext,
  audio: Audio,
  mediaOf: (legId: string) => MediaLeg | undefined,
): void {
  const present = (ids: string[]) => ids.map(mediaOf).filter((media) => media !== undefined);
  const talk = present(audio.talk ?? []);
  if (talk.length === 2) context.plane.bridge(talk[0]!, talk[1]!);
  if (talk.length > 2) context.plane.conference(talk);
  for (const { legId, hears } of audio.listen ?? []) {
    const listener = mediaOf(legId);
    const sources = present(hears).filter((media) => media !== listener);
    if (listener && sources.length > 0) context.plane.listen(listener, sources);
  }
}

/**
 * The customer's audio once they are on the line: the caller who rang in, once answered; on
 * an agent's call out (place-call.ts), the leg dialled to them, once they picked up.
 */
export function customerMedia(call: SipCall): MediaLeg | undefined {
  if (!call.outbound) return call.caller.dialog && !call.caller.done ? call.caller.media : undefined;
  const leg = call.customerLegId ? call.legs.get(call.customerLegId) : undefined;
  return leg?.state === 'connected' ? leg.media : undefined;
}

/** R4: the supervisor connected to the call now, with their leg's media and mode. */
function monitorOf(engineCall: Call, connected: (legId: string | undefined) => OutLeg | undefined) {
  for (const leg of engineCall.legs.values()) {
    if (leg.monitor === undefined || leg.status !== 'connected') continue;
    const sip = connected(leg.id);
    if (sip) return { legId: leg.id, media: sip.media, mode: leg.monitor };
  }
  return undefined;
}

/** After each committed batch, the calls it touched that this driver carries. */
export function syncAfter(context: DriverContext, batch: StoredEvent[]): void {
  const touched = new Set<SipCall>();
  for (const { workspaceId, event } of batch) {
    if (!('callId' in event) || typeof event.callId !== 'string') continue;
    const call = context.calls.get(callKey(workspaceId, event.callId));
    if (call) touched.add(call);
  }
  for (const call of touched) syncMedia(context, call);
}
