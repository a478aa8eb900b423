import type { Tx } from '../tx.ts';
import { takeAction } from './actions.ts';
import type { Pool } from './call.ts';
import { endCall } from './end.ts';
import { forwardCall, forwardUnconditionally } from './forward.ts';
import { startMenu } from './ivr.ts';
import type { NumberRoute } from './number-settings.ts';
import { anyOnline, offerToPool, poolSpec } from './offer.ts';
import { waitInQueue } from './queue.ts';

/**
 * After hours, mode and welcome: the CRM owner first when the number asks for it (V12),
 * otherwise the number's route — its agents, a group (V13) or an IVR menu (V10).
 */
export function routeCall(tx: Tx, callId: string): void {
  const call = tx.state.calls.get(callId);
  const number = call && tx.state.numbers[call.numberId];
  if (!call || !number) return;
  const owner = call.contactId ? tx.state.contacts[call.contactId]?.responsibleUserId : undefined;
  if (number.settings.ownerRouting && owner && tx.state.users[owner])
    return offerToUser(tx, callId, owner, 'owner', () => followRoute(tx, callId, number.settings.route));
  followRoute(tx, callId, number.settings.route);
}

export function followRoute(tx: Tx, callId: string, route: NumberRoute): void {
  const call = tx.state.calls.get(callId)!;
  if (route.kind === 'ivr') return startMenu(tx, callId, route.menuId, 0);
  if (route.kind === 'group') return offerOrFallBack(tx, callId, { kind: 'group', id: route.groupId });
  offerOrFallBack(tx, callId, { kind: 'number', id: call.numberId });
}

/** Offers to a pool; when nobody in it can be offered the call, the pool's fallback runs at once. */
export function offerOrFallBack(tx: Tx, callId: string, pool: Pool): void {
  const call = tx.state.calls.get(callId)!;
  const number = tx.state.numbers[call.numberId]!;
  // V6: with nobody of the number's agents online, the offline action — not the no-answer one.
  if (pool.kind === 'number' && !anyOnline(tx.state, poolSpec(tx.state, number, pool).members))
    return takeAction(tx, callId, number.settings.offlineAction, 'offline');
  if (offerToPool(tx, call, pool)) return;
  if (someoneOnline(tx, callId, pool) && waitInQueue(tx, callId, pool)) return;
  poolExhausted(tx, callId, pool);
}

/** A queue is worth waiting in only while someone of the pool is online (busy, not away). */
export function someoneOnline(tx: Tx, callId: string, pool: Pool): boolean {
  const call = tx.state.calls.get(callId);
  const number = call && tx.state.numbers[call.numberId];
  return Boolean(number && anyOnline(tx.state, poolSpec(tx.state, number, pool).members));
}

/**
 * V11/V12: ring one employee; if they cannot take it, `otherwise` runs; if they do not
 * answer, the call goes to their mobile.
 */
export function offerToUser(
  tx: Tx,
  callId: string,
  userId: string,
  why: 'extension' | 'owner',
  otherwise?: () => void,
): void {
  const call = tx.state.calls.get(callId)!;
  const pool: Pool = { kind: 'user', id: userId, why };
  if (offerToPool(tx, call, pool)) return;
  if (otherwise) return otherwise();
  poolExhausted(tx, callId, pool);
}

/** Nobody of the pool answered: each kind of pool has its own next step. */
export function poolExhausted(tx: Tx, callId: string, pool: Pool): void {
  const call = tx.state.calls.get(callId);
  const number = call && tx.state.numbers[call.numberId];
  if (!call || !number) return;
  if (pool.kind === 'user') {
    const mobile = tx.state.users[pool.id]?.mobile;
    if (mobile) return forwardCall(tx, callId, mobile);
    return takeAction(tx, callId, number.settings.noAnswerAction, 'no_answer');
  }
  if (pool.kind === 'group') {
    const group = tx.state.groups[pool.id];
    if (!group) return takeAction(tx, callId, number.settings.noAnswerAction, 'no_answer');
    const noAnswer = group.noAnswer;
    // Seed 004: a group with an empty queue forwards at once, an unconditional forward (V15).
    if (noAnswer.kind === 'forward')
      return group.memberIds.length === 0
        ? forwardUnconditionally(tx, callId, noAnswer.to)
        : forwardCall(tx, callId, noAnswer.to);
    if (noAnswer.kind === 'hang_up') return takeAction(tx, callId, { kind: 'hang_up' }, 'no_answer');
    if (noAnswer.kind === 'forward_member_mobile') {
      const mobile = group.memberIds.map((id) => tx.state.users[id]?.mobile).find(Boolean);
      if (mobile) return forwardCall(tx, callId, mobile);
    }
    return takeAction(tx, callId, { kind: 'voicemail' }, 'no_answer');
  }
  if (!call) return endCall(tx, callId, 'missed', 'system');
  takeAction(tx, callId, number.settings.noAnswerAction, 'no_answer');
}
