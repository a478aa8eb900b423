import type { WorkspaceState } from '../../engine/state.ts';
import { callbackView } from '../callbacks/view.ts';

const iso = (ms: number) => new Date(ms).toISOString();

/** R4: every live call, conversation and callback of the workspace, as a supervisor's board shows them. */
export function liveView(state: WorkspaceState, now: number) {
  const calls = [...state.calls.values()].map((call) => ({
    callId: call.id,
    direction: call.direction,
    numberId: call.numberId,
    from: call.from,
    to: call.to,
    phase: call.phase,
    state: call.answeredAt === undefined ? ('waiting' as const) : ('connected' as const),
    held: call.held === true,
    ...(call.agentId ? { agentId: call.agentId } : {}),
    startedAt: iso(call.startedAt),
    ...(call.answeredAt !== undefined ? { answeredAt: iso(call.answeredAt) } : {}),
    ...(call.queuedAt !== undefined ? { queuedAt: iso(call.queuedAt) } : {}),
    legs: [...call.legs.values()]
      .filter((leg) => leg.status !== 'ended')
      .map((leg) => ({
        legId: leg.id,
        party: leg.party,
        ...(leg.userId ? { userId: leg.userId } : {}),
        ...(leg.number ? { number: leg.number } : {}),
        status: leg.status,
        ...(leg.monitor ? { monitor: leg.monitor } : {}),
      })),
  }));
  const conversations = Object.values(state.conversations).map((conversation) => ({
    conversationId: conversation.id,
    channel: conversation.channel,
    contact: conversation.contact.name ?? conversation.contact.address,
    ...(conversation.departmentId ? { departmentId: conversation.departmentId } : {}),
    ...(conversation.assigneeId ? { assigneeId: conversation.assigneeId } : {}),
    status: conversation.status,
    state: conversation.assigneeId ? ('connected' as const) : ('waiting' as const),
    openedAt: iso(conversation.openedAt),
  }));
  const callbacks = [...state.callbacks.values()].map((callback) => callbackView(state, callback));
  return { at: iso(now), calls, conversations, callbacks };
}
