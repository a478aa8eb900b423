import type { E164 } from '../../domain/phone.ts';
import type { LegAudio } from './line-audio.ts';

export type Direction = 'inbound' | 'outbound';

/**
 * A line on a phone (an agent's softphone, or an external phone a call is forwarded to):
 * ringing, dialling out (an agent's outgoing call before the other side answers), or
 * connected.
 */
export interface PhoneLine {
  callId: string;
  legId: string;
  direction: Direction;
  state: 'ringing' | 'dialing' | 'connected';
  /** The calling number as this phone displays it (caller ID). */
  from: E164;
  /** The number called. */
  to: E164;
  since: number;
  /** T3: a transferred call shows who transferred it and their note with the incoming call. */
  transfer?: { fromUserId: string; note?: string };
}

/**
 * What the customer's handset is doing. Inbound: hearing ringback while agents ring, a
 * message or tone, a menu waiting for keys, hold music in a queue, talking, on hold (hold
 * music while the agent holds or consults), leaving a voicemail. Outbound: ringing while an
 * agent calls them, then talking. Then ended.
 */
export const handsetStates = [
  'ringing',
  'playing',
  'menu',
  'queued',
  'connected',
  'held',
  'voicemail',
  'ended',
] as const;
export type HandsetState = (typeof handsetStates)[number];

/** A call as the customer's handset knows it. */
export interface HandsetCall {
  callId: string;
  direction: Direction;
  customerLegId: string;
  /** The caller: the customer on inbound calls, the workspace number on outbound ones. */
  from: E164;
  to: E164;
  state: HandsetState;
  /** While playing: which media, and its words when it is a spoken message. */
  playing?: { media: string; text?: string };
  /** While queued: the caller's place in the queue. */
  queuePosition?: number;
  /** R3: what the waiting caller was told over the hold music (the callback option), latest last. */
  announcements?: string[];
  /** Whether the call is being recorded now (V2). */
  recording: boolean;
  /** Who the customer talks to now: agents' user ids, or external numbers (E.164, they start with +). */
  connectedTo: string[];
  /** Every leg on the line and what it hears now: the caller, agents' phones, external numbers. */
  legs: LegAudio[];
  /** Digits the customer pressed, in order. */
  digits: string;
  /** Tones the agents' keypads sent down the line to the customer (DTMF), in order. */
  heardDigits: string;
  startedAt: number;
  answeredAt?: number;
  endedAt?: number;
  outcome?: string;
}

type Given = Omit<HandsetCall, 'recording' | 'connectedTo' | 'digits' | 'heardDigits'> &
  Partial<Pick<HandsetCall, 'recording' | 'connectedTo' | 'digits' | 'heardDigits'>>;

/**
 * A handset with every field present, the optional ones undefined until set: all handsets
 * then share one object shape, and the network's updates (a field set or cleared on every
 * effect) stay fast property stores instead of shape changes (calls bench: the simulated
 * network's effects cost 5–8 µs each before).
 */
export function newHandset(given: Given): HandsetCall {
  return {
    callId: given.callId,
    direction: given.direction,
    customerLegId: given.customerLegId,
    from: given.from,
    to: given.to,
    state: given.state,
    playing: given.playing,
    queuePosition: given.queuePosition,
    announcements: given.announcements,
    recording: given.recording ?? false,
    connectedTo: given.connectedTo ?? [],
    legs: given.legs,
    digits: given.digits ?? '',
    heardDigits: given.heardDigits ?? '',
    startedAt: given.startedAt,
    answeredAt: given.answeredAt,
    endedAt: given.endedAt,
    outcome: given.outcome,
  };
}

/** A deep copy of a handset for callers to keep, without the optional fields that are unset. */
export function handsetCopy(call: HandsetCall): HandsetCall {
  const copy: HandsetCall = {
    callId: call.callId,
    direction: call.direction,
    customerLegId: call.customerLegId,
    from: call.from,
    to: call.to,
    state: call.state,
    recording: call.recording,
    connectedTo: [...call.connectedTo],
    legs: call.legs.map((leg) => ({
      ...leg,
      hears: typeof leg.hears === 'object' ? { legIds: [...leg.hears.legIds] } : leg.hears,
    })),
    digits: call.digits,
    heardDigits: call.heardDigits,
    startedAt: call.startedAt,
  };
  if (call.playing) copy.playing = { ...call.playing };
  if (call.queuePosition !== undefined) copy.queuePosition = call.queuePosition;
  if (call.announcements) copy.announcements = [...call.announcements];
  if (call.answeredAt !== undefined) copy.answeredAt = call.answeredAt;
  if (call.endedAt !== undefined) copy.endedAt = call.endedAt;
  if (call.outcome !== undefined) copy.outcome = call.outcome;
  return copy;
}
