import type { WorkspaceState } from '../state.ts';
import type { CallEvent } from './events.ts';

export function evolveCall(state: WorkspaceState, event: CallEvent, at: number): WorkspaceState {
  if (event.type === 'call.received') {
    state.calls[event.callId] = {
      id: event.callId,
      direction: 'inbound',
      numberId: event.numberId,
      from: event.from,
      to: event.to,
      ...(event.contactId ? { contactId: event.contactId } : {}),
      status: 'ringing',
      legs: {
        [event.customerLegId]: { id: event.customerLegId, party: 'customer', number: event.from, status: 'connected', startedAt: at },
      },
      legCount: 0,
      startedAt: at,
    };
    return state;
  }
  const call = state.calls[event.callId];
  if (!call) return state;
  switch (event.type) {
    case 'call.leg_ringing':
      call.legCount += 1;
      call.legs[event.legId] = { id: event.legId, party: 'agent', userId: event.userId, status: 'ringing', startedAt: at };
      return state;
    case 'call.leg_answered': {
      const leg = call.legs[event.legId];
      if (leg) leg.status = 'connected';
      call.status = 'connected';
      call.answeredAt ??= at;
      if (event.userId) {
        call.agentId = event.userId;
        const user = state.users[event.userId];
        if (user) {
          user.lastAnsweredAt = at;
          user.missedOffers = 0;
        }
      }
      return state;
    }
    case 'call.leg_ended': {
      const leg = call.legs[event.legId];
      if (leg) leg.status = 'ended';
      const user = event.userId ? state.users[event.userId] : undefined;
      if (user && event.reason === 'no_answer') user.missedOffers += 1;
      return state;
    }
    case 'call.ended':
      delete state.calls[event.callId];
      return state;
    default:
      return state;
  }
}
