import type { WorkspaceState } from '../state.ts';
import { newLeg } from '../voice/new-call.ts';
import type { SupervisionEvent } from './monitor.ts';
import { noteMonitor } from './monitored.ts';

export function evolveSupervision(
  state: WorkspaceState,
  event: SupervisionEvent,
  at: number,
): WorkspaceState {
  const call = state.calls.get(event.callId);
  if (!call || event.type === 'call.supervisor_action') return state;
  noteMonitor(state.calls);
  const user = state.users[event.userId];
  if (event.type === 'call.monitor_ringing') {
    call.legCount += 1;
    call.legs.set(
      event.legId,
      newLeg({
        id: event.legId,
        party: 'agent',
        userId: event.userId,
        status: 'ringing',
        startedAt: at,
        monitor: event.mode,
      }),
    );
    if (user) user.ringingLegs += 1;
    return state;
  }
  const leg = call.legs.get(event.legId);
  if (!leg) return state;
  leg.monitor = event.mode;
  if (event.type === 'call.monitor_joined' && leg.status === 'ringing') {
    leg.status = 'connected';
    leg.answeredAt = at;
    if (user) {
      user.ringingLegs -= 1;
      user.connectedLegs += 1;
    }
  }
  return state;
}
