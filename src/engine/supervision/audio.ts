import type { Audio } from '../voice/audio.ts';
import { type Call, type Leg, liveLegs } from '../voice/call.ts';
import type { MonitorMode } from './monitor.ts';

/** The legs a supervisor listens to: the caller and whoever serves them (not other supervisors listening). */
export function servedLegs(call: Call): { customer?: Leg; agents: Leg[] } {
  const connected = liveLegs(call).filter((leg) => leg.status === 'connected');
  return {
    customer: connected.find((leg) => leg.party === 'customer'),
    agents: connected.filter((leg) => leg.party !== 'customer' && leg.monitor === undefined),
  };
}

/**
 * What each leg hears with a supervisor on `monitorLegId` (R4): listen — the supervisor hears
 * the caller and the agents, nobody hears them; whisper — the agents hear the supervisor as
 * well, the caller still only the agents; barge — everyone talks together.
 *
 * While the caller is on hold (a hold, a transfer's consult) the supervisor stays on the
 * agents' side, as Genesys Cloud does for a monitored agent and a Twilio coach in a
 * conference: they hear the agent (and whoever the agent consults), a whisper still reaches
 * the agent, a barge talks with them; the caller keeps the hold music and hears none of it.
 * With no agent on the line (a direct transfer ringing its target) they hear the held caller.
 * After a transfer they follow the call to its new agent.
 */
export function monitorAudio(call: Call, monitorLegId: string, mode: MonitorMode): Audio {
  const { customer, agents } = servedLegs(call);
  if (call.held) return heldMonitorAudio(customer, agents, monitorLegId, mode);
  const served = [...(customer ? [customer.id] : []), ...agents.map((leg) => leg.id)];
  if (mode === 'barge') return { talk: [...served, monitorLegId] };
  const listen: NonNullable<Audio['listen']> = [{ legId: monitorLegId, hears: served }];
  if (mode === 'whisper')
    for (const agent of agents)
      listen.push({ legId: agent.id, hears: [...served.filter((id) => id !== agent.id), monitorLegId] });
  return { talk: served, listen };
}

/** The caller is held: the supervisor is with the agents only; the caller's hold music is not touched. */
function heldMonitorAudio(
  customer: Leg | undefined,
  agents: Leg[],
  monitorLegId: string,
  mode: MonitorMode,
): Audio {
  const agentIds = agents.map((leg) => leg.id);
  if (agentIds.length === 0)
    return { listen: [{ legId: monitorLegId, hears: customer ? [customer.id] : [] }] };
  if (mode === 'barge') return { talk: [...agentIds, monitorLegId] };
  const listen: NonNullable<Audio['listen']> = [{ legId: monitorLegId, hears: agentIds }];
  if (mode === 'whisper')
    for (const id of agentIds)
      listen.push({ legId: id, hears: [...agentIds.filter((other) => other !== id), monitorLegId] });
  return { listen };
}
