import type { WorkspaceState } from '../state.ts';
import type { TransferEvent } from './events.ts';

export function evolveTransfer(state: WorkspaceState, event: TransferEvent, at: number): WorkspaceState {
  const call = state.calls[event.callId];
  if (!call) return state;
  switch (event.type) {
    case 'call.held':
      call.held = true;
      break;
    case 'call.resumed':
      call.held = false;
      break;
    case 'call.transfer_started':
      call.transfer = {
        id: event.transferId,
        initiatorId: event.initiatorId,
        target: event.target,
        method: event.method,
        ...(event.note ? { note: event.note } : {}),
        state: 'ringing_target',
        startedAt: at,
        targetLegId: event.targetLegId,
      };
      call.phase = 'transferring';
      break;
    case 'call.transfer_completed':
      call.transfer = undefined;
      call.held = false;
      if (event.userId) call.agentId = event.userId;
      break;
    case 'call.transfer_failed':
      call.transfer = undefined;
      break;
  }
  return state;
}
