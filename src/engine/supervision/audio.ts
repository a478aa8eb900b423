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
 */
export function monitorAudio(call: Call, monitorLegId: string, mode: MonitorMode): Audio {
  const { customer, agents } = servedLegs(call);
  const served = [...(customer ? [customer.id] : []), ...agents.map((leg) => leg.id)];
  if (mode === 'barge') return { talk: [...served, monitorLegId] };
  const listen: NonNullable<Audio['listen']> = [{ legId: monitorLegId, hears: served }];
  if (mode === 'whisper')
    for (const agent of agents)
      listen.push({ legId: agent.id, hears: [...served.filter((id) => id !== agent.id), monitorLegId] });
  return { talk: served, listen };
}
