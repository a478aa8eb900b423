/** W5: the four presences of an agent. */
export const presences = ['online', 'pre_pause', 'pause', 'offline'] as const;
export type Presence = (typeof presences)[number];

/** Only an online agent is offered new calls or conversations; pre_pause finishes what it has. */
export const takesNewWork = (presence: Presence) => presence === 'online';

/**
 * W5: an agent in pre_pause becomes pause once their last session ends; asking for
 * pre_pause with nothing open is the same as asking for pause.
 */
export function settlePresence(requested: Presence, openSessions: number): Presence {
  if (requested === 'pre_pause' && openSessions === 0) return 'pause';
  return requested;
}
