import { DomainError, notFound } from '../../domain/errors.ts';
import type { Command } from '../../engine/commands.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import type { Actor } from '../../engine/tx.ts';
import type { Leg } from '../../engine/voice/call.ts';
import type { Executed, Runtime } from '../../runtime/runtime.ts';
import { executeChecked } from '../execute.ts';
import { type Principal, seesAll } from '../principal.ts';

/** A leg of a call, as a route names it. */
export interface LegRef {
  workspaceId: string;
  callId: string;
  legId: string;
}

/** What a phone does with a leg ringing or connected on it. */
export const legActions = {
  answer: 'call.answer_leg',
  reject: 'call.reject_leg',
  hangup: 'call.hangup_leg',
} as const;
export type LegAction = keyof typeof legActions;

/**
 * The phone-side leg (an agent's or an external number's) of a live call in committed state,
 * checked to be this principal's: an agent acts on their own legs, supervisors and admins on
 * any. The customer's leg is the outside world's, never a phone's.
 */
export function phoneLeg(state: WorkspaceState, principal: Principal, ref: LegRef): Leg {
  const call = state.calls.get(ref.callId);
  if (!call) throw notFound('call', ref.callId, 'callId');
  const leg = call.legs.get(ref.legId);
  if (!leg || leg.party === 'customer') throw notFound('leg', ref.legId, 'legId');
  const mine = principal.kind === 'user' && leg.userId !== undefined && principal.userId === leg.userId;
  if (!seesAll(principal) && !mine)
    throw new DomainError('forbidden', 'agents may act only on their own legs');
  return leg;
}

/**
 * A phone answers, declines or hangs up a leg: the one command handler behind the phone
 * routes and the simulated network's leg routes, so a call's history reads the same whichever
 * phone the agent used. Checked on committed state, decided in the same tick (executeChecked).
 */
export function actOnLeg(
  runtime: Runtime,
  principal: Principal,
  ref: LegRef,
  action: LegAction,
  actor: Actor,
): Promise<Executed> {
  return executeChecked(
    runtime,
    ref.workspaceId,
    (state): Command => {
      phoneLeg(state, principal, ref);
      return { type: legActions[action], callId: ref.callId, legId: ref.legId };
    },
    actor,
  );
}
