import type { Sound } from '../../engine/voice/audio.ts';
import type { Leg } from '../../engine/voice/call.ts';

/**
 * What a leg hears now (issue 12 #13): a generated sound, a prompt, or the other legs it
 * talks to (two legs: a bridge; three: a conference).
 */
export type Hears = Sound | 'busy' | 'prompt' | { legIds: string[] };

/** One leg on the line: the caller, an agent's phone, or an external number; and what it hears. */
export interface LegAudio {
  legId: string;
  party: 'customer' | 'agent' | 'external';
  userId?: string;
  number?: string;
  hears: Hears;
}

export type LegParty = Omit<LegAudio, 'hears'>;

export type SoundHeard = Exclude<Hears, { legIds: string[] }>;

const talking = (hears: Hears): hears is { legIds: string[] } => typeof hears === 'object';

/** The leg ids `legId` talks to now (none when it hears a sound or is not on the line). */
export function peersOf(legs: LegAudio[], legId: string): string[] {
  const hears = legs.find((leg) => leg.legId === legId)?.hears;
  return hears && talking(hears) ? [...hears.legIds] : [];
}

/** Takes legs out of whatever they talked to: their former peers stop hearing them (alone: silence). */
function detach(legs: LegAudio[], legIds: string[]): void {
  for (const leg of legs) {
    if (legIds.includes(leg.legId) || !talking(leg.hears)) continue;
    const rest = leg.hears.legIds.filter((id) => !legIds.includes(id));
    leg.hears = rest.length > 0 ? { legIds: rest } : 'silence';
  }
}

function upsert(legs: LegAudio[], party: LegParty, hears: Hears): void {
  const existing = legs.find((leg) => leg.legId === party.legId);
  if (existing) existing.hears = hears;
  else legs.push({ ...party, hears });
}

/** A leg hears a sound (or a prompt) and nobody. */
export function hearSound(legs: LegAudio[], party: LegParty, hears: SoundHeard): void {
  detach(legs, [party.legId]);
  upsert(legs, party, hears);
}

/** These legs hear each other and nobody else. */
export function connectLegs(legs: LegAudio[], parties: LegParty[]): void {
  const ids = parties.map((party) => party.legId);
  detach(legs, ids);
  for (const party of parties) upsert(legs, party, { legIds: ids.filter((id) => id !== party.legId) });
}

/** R4: a leg hears exactly these legs, one way: nobody hears it unless they are told so too. */
export function listenTo(legs: LegAudio[], party: LegParty, legIds: string[]): void {
  upsert(legs, party, { legIds: [...legIds] });
}

/** A leg leaves the line. */
export function dropLeg(legs: LegAudio[], legId: string): void {
  detach(legs, [legId]);
  const index = legs.findIndex((leg) => leg.legId === legId);
  if (index >= 0) legs.splice(index, 1);
}

export function partyOf(leg: Leg): LegParty {
  return {
    legId: leg.id,
    party: leg.party,
    ...(leg.userId ? { userId: leg.userId } : {}),
    ...(leg.party === 'external' && leg.number ? { number: leg.number } : {}),
  };
}

/** What the caller hears of a message or tone the engine plays. */
export const playbackHears = (media: string): SoundHeard =>
  media === 'ring_free_tone' ? 'ringback' : media === 'busy_tone' ? 'busy' : 'prompt';
