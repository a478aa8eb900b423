import { type LegRef, phoneLeg } from '../../app/calls/leg-actions.ts';
import type { Principal } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { conflict, invalid } from '../../domain/errors.ts';
import type { ServerContext } from '../context.ts';

/** The agent's leg of a committed live call, checked to be theirs (supervisors: anyone's). */
export async function agentLegOf(context: ServerContext, principal: Principal, ref: LegRef) {
  return phoneLeg(await committedWorkspace(context.runtime, ref.workspaceId), principal, ref);
}

/**
 * The agent's keypad: tones to the other party on a connected leg, by SIP when the call is on
 * SIP, else to the simulated handset. The phone route and the simulator's leg route both come
 * here, so one rule decides who may press keys on which leg.
 */
export async function pressAgentKeys(
  context: ServerContext,
  principal: Principal,
  ref: LegRef,
  digits: string,
): Promise<void> {
  const leg = await agentLegOf(context, principal, ref);
  if (!/^[0-9*#]+$/.test(digits)) throw invalid('digits', 'keys are 0-9, * or #');
  if (leg.status !== 'connected') throw conflict(`leg ${ref.legId} is not connected`, 'legId');
  const { workspaceId, callId, legId } = ref;
  if (!context.sip?.agentDigits(workspaceId, callId, digits))
    context.sim.agentDigits(workspaceId, callId, legId, digits);
}
