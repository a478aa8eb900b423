import type { WorkspaceState } from '../state.ts';
import type { TransferEvent } from './events.ts';

export function evolveTransfer(state: WorkspaceState, event: TransferEvent, at: number): WorkspaceState {
  const call = state.calls.get(event.callId);
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
      call.phase = 'connected';
      if (event.userId) call.agentId = event.userId;
      break;
    case 'call.transfer_failed':
      call.transfer = undefined;
      // Assisted: the initiator never left, and is back with the held caller.
      if ([...call.legs.values()].some((leg) => leg.party === 'agent' && leg.status === 'connected'))
        call.phase = 'connected';
      // Direct: nobody is on the line; the call is offered again (to the initiator, or the fallback's
      // step sets its own phase), so an offer ringing out moves it on instead of leaving it waiting.
      else call.phase = 'ringing';
      break;
    case 'call.transfer_consulting':
      // The target's answer connected their consult leg; the call stays the initiator's until they leave.
      if (call.transfer) {
        call.transfer.state = 'consulting';
        call.agentId = call.transfer.initiatorId;
      }
      call.phase = 'transferring';
      break;
    case 'call.transfer_conference_started':
      if (call.transfer) call.transfer.state = 'conference';
      call.held = false;
      break;
    case 'call.transfer_cancelled':
      call.transfer = undefined;
      call.phase = 'connected';
      break;
    case 'call.transfer_became_direct':
      if (call.transfer) call.transfer.method = 'direct';
      break;
  }
  return state;
}
