import type { Tx } from '../tx.ts';

/**
 * After N consecutive offers an agent let ring out, they move to the workspace's chosen
 * presence, so an absent agent stops being rung; one miss alone changes nothing.
 */
export function applyMissedOfferPolicy(tx: Tx, userId: string): void {
  const policy = tx.state.missedOfferPolicy;
  const user = tx.state.users[userId];
  if (!policy || !user) return;
  if (user.missedOffers < policy.after || user.presence === policy.presence) return;
  tx.emit({
    type: 'presence.changed',
    userId,
    from: user.presence,
    to: policy.presence,
    reason: 'missed_offers',
  });
}
