import type { Call } from '../../engine/voice/call.ts';
import { type HandsetCall, type HandsetState, handsetStates, newHandset, type PhoneLine } from './devices.ts';
import {
  connectLegs,
  hearSound,
  type LegAudio,
  partyOf,
  playbackHears,
  type SoundHeard,
} from './line-audio.ts';

/*
 * After a restart the simulated network starts empty: a live call's handset, phone lines and
 * what each leg hears are rebuilt from the engine's call.
 */

/** What the caller hears of a call that is not connected, from the engine's phase. */
function callerSound(call: Call): SoundHeard {
  // A message, a menu or a voicemail box comes before hold: a transfer that failed to the fallback plays it.
  if (call.phase === 'playing') return call.playback ? playbackHears(call.playback.media) : 'prompt';
  if (call.phase === 'menu' || call.phase === 'voicemail') return 'silence';
  if (call.held || call.phase === 'queued') return 'hold_music';
  if (call.phase === 'ringing' || call.phase === 'forwarding') return 'ringback';
  return 'silence';
}

/** What every leg on the line hears, from the engine's call (held, consulting, conference, dialling out). */
function audioOfCall(call: Call): LegAudio[] {
  const legs: LegAudio[] = [];
  const live = [...call.legs.values()].filter(
    (leg) => leg.status === 'connected' || leg.party === 'customer',
  );
  const customer = live.find((leg) => leg.party === 'customer' && leg.status !== 'ended');
  const agents = live.filter((leg) => leg.party !== 'customer' && leg.status === 'connected');
  const dialling = call.direction === 'outbound' && customer?.status !== 'connected';
  if (dialling) {
    for (const agent of agents) legs.push({ ...partyOf(agent), hears: 'ringback' });
    return legs;
  }
  const transfer = call.transfer;
  const consultLegs = agents.filter(
    (leg) => transfer && (leg.userId === transfer.initiatorId || leg.id === transfer.targetLegId),
  );
  const held = call.held || transfer?.state === 'consulting';
  if (customer && !(held || agents.length === 0)) connectLegs(legs, [customer, ...agents].map(partyOf));
  else if (customer) hearSound(legs, partyOf(customer), callerSound({ ...call, held }));
  if (!held) return legs;
  if (transfer?.state === 'consulting' && consultLegs.length > 1) connectLegs(legs, consultLegs.map(partyOf));
  else
    for (const agent of agents)
      hearSound(legs, partyOf(agent), transfer?.state === 'ringing_target' ? 'ringback' : 'silence');
  return legs;
}

function handsetState(call: Call, callerHears: LegAudio['hears'] | undefined): HandsetState {
  if (typeof callerHears === 'object') return 'connected';
  if (callerHears === 'hold_music' && call.answeredAt !== undefined) return 'held';
  // Phases the handset cannot tell apart (a forward ringing out) sound like ringback.
  const phase: string = call.phase;
  return (handsetStates as readonly string[]).includes(phase) ? (phase as HandsetState) : 'ringing';
}

export function restoredCall(call: Call): {
  handset: HandsetCall;
  lines: Array<{ device: string; line: PhoneLine }>;
} {
  const customer = [...call.legs.values()].find((leg) => leg.party === 'customer');
  const legs = audioOfCall(call);
  const state = handsetState(call, legs.find((leg) => leg.legId === customer?.id)?.hears);
  const handset = newHandset({
    callId: call.id,
    direction: call.direction,
    customerLegId: customer?.id ?? `${call.id}.0`,
    from: call.from,
    to: call.to,
    state,
    playing: call.playback ? { media: call.playback.media } : undefined,
    legs,
    startedAt: call.startedAt,
    answeredAt: call.answeredAt,
  });
  const lines: Array<{ device: string; line: PhoneLine }> = [];
  const dialing = call.direction === 'outbound' && call.phase !== 'connected';
  for (const leg of call.legs.values()) {
    const device = leg.userId ?? (leg.party === 'external' ? leg.number : undefined);
    if (!device || leg.status === 'ended') continue;
    const lineState = dialing && leg.status === 'connected' ? 'dialing' : leg.status;
    const line: PhoneLine = {
      callId: call.id,
      legId: leg.id,
      direction: call.direction,
      state: lineState,
      from: call.from,
      to: call.to,
      since: leg.startedAt,
    };
    lines.push({ device, line });
  }
  return { handset, lines };
}
