import type { Call, Leg } from './call.ts';

/** A sound a leg hears when it talks to nobody (the media plane generates or loops it). */
export type Sound = 'hold_music' | 'ringback' | 'silence';

/**
 * What the phone line must change after an event (seed 000: "pon al llamante en espera"):
 * legs that talk together from now on, and legs that hear a sound instead. Hold, resume and
 * each step of a transfer carry it, so a driver never has to guess who hears whom, and the
 * caller never hears a consult. Legs not named keep what they heard.
 */
export interface Audio {
  /** These legs hear each other and nobody else: two are bridged, three conferenced. */
  talk?: string[];
  /** These legs hear a sound and nobody. */
  hear?: Array<{ legId: string; sound: Sound }>;
  /**
   * R4: these legs hear exactly the named legs, one way (a supervisor listening, an agent
   * hearing a whisper); applied after `talk`, whose legs do not hear them unless named here.
   */
  listen?: Array<{ legId: string; hears: string[] }>;
}

export function customerLeg(call: Call): Leg | undefined {
  for (const leg of call.legs.values()) {
    if (leg.party === 'customer' && leg.status !== 'ended') return leg;
  }
  return undefined;
}

/** The caller hears hold music; the agents on the line hear silence, or each other if two of them consult. */
export function holdAudio(call: Call, ...agentLegIds: string[]): Audio {
  const customer = customerLeg(call);
  const hear: Audio['hear'] = customer ? [{ legId: customer.id, sound: 'hold_music' }] : [];
  if (agentLegIds.length === 1) hear.push({ legId: agentLegIds[0]!, sound: 'silence' });
  return agentLegIds.length > 1 ? { talk: agentLegIds, hear } : { hear };
}

/** The caller talks to these legs (resume, hand-over, a conference). */
export function talkAudio(call: Call, ...legIds: string[]): Audio {
  const customer = customerLeg(call);
  return { talk: customer ? [customer.id, ...legIds] : legIds };
}
