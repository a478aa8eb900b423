import { conflict, DomainError } from '../../domain/errors.ts';
import type { Tx } from '../tx.ts';
import { type Audio, talkAudio } from '../voice/audio.ts';
import type { Call, Leg } from '../voice/call.ts';
import { endLeg } from '../voice/legs.ts';
import { startRecording, stopRecording } from '../voice/recording.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import type { TransferCommand } from './events.ts';
import { transferTimerId } from './transfer.ts';

/*
 * T2, the assisted transfer once it has started: the initiator consults the target while the
 * caller hears hold music, may bring all three together, then leaves or goes back to the caller.
 */

/** The initiator's own leg while they are still on the call. */
export function initiatorLeg(call: Call): Leg | undefined {
  const initiatorId = call.transfer?.initiatorId;
  return [...call.legs.values()].find((leg) => leg.userId === initiatorId && leg.status === 'connected');
}

/** The initiator is back with the held caller: they hear silence until they resume. */
export const backToHeldCaller = (call: Call): Audio | undefined => {
  const leg = initiatorLeg(call);
  return leg ? { hear: [{ legId: leg.id, sound: 'silence' }] } : undefined;
};

/** T2: the initiator's choices during an assisted transfer. */
export function consultStep(
  tx: Tx,
  call: Call,
  command: Extract<
    TransferCommand,
    { type: 'call.transfer_complete' | 'call.transfer_conference' | 'call.transfer_cancel' }
  >,
): void {
  const transfer = call.transfer;
  if (transfer?.method !== 'assisted') throw conflict('there is no assisted transfer on this call', 'callId');
  if (transfer.initiatorId !== command.userId)
    throw new DomainError('forbidden', 'only the agent who started the transfer can do this', 'userId');
  const targetLeg = call.legs.get(transfer.targetLegId);
  if (command.type === 'call.transfer_cancel') {
    if (transfer.state === 'conference')
      throw conflict('the conference has started: leave it to hand the caller over', 'callId');
    tx.clearTimer(transferTimerId(call.id));
    if (targetLeg && targetLeg.status !== 'ended') endLeg(tx, call, targetLeg, 'hung_up');
    const audio = backToHeldCaller(call);
    tx.emit({
      type: 'call.transfer_cancelled',
      callId: call.id,
      transferId: transfer.id,
      reason: 'initiator',
      ...(audio ? { audio } : {}),
    });
    return;
  }
  if (transfer.state === 'ringing_target') throw conflict('the target has not answered yet', 'callId');
  if (command.type === 'call.transfer_conference') {
    if (transfer.state === 'conference') throw conflict('the conference has already started', 'callId');
    const initiator = initiatorLeg(call);
    tx.emit({
      type: 'call.transfer_conference_started',
      callId: call.id,
      transferId: transfer.id,
      audio: talkAudio(call, ...(initiator ? [initiator.id] : []), transfer.targetLegId),
    });
    return;
  }
  leaveTransfer(tx, call);
}

/** T2: the initiator leaves a consult or conference: the caller is the target's now. */
function leaveTransfer(tx: Tx, call: Call): void {
  const transfer = call.transfer!;
  const initiator = initiatorLeg(call);
  stopRecording(tx, call);
  if (initiator) endLeg(tx, call, initiator, 'transferred');
  const targetUser = call.legs.get(transfer.targetLegId)?.userId;
  tx.emit({
    type: 'call.transfer_completed',
    callId: call.id,
    transferId: transfer.id,
    ...(targetUser ? { userId: targetUser } : {}),
    audio: talkAudio(call, transfer.targetLegId),
  });
  startRecording(tx, tx.state.calls.get(call.id)!);
  settleAfterSession(tx, transfer.initiatorId);
}

/**
 * Hang-ups during an assisted transfer. Returns true when the transfer took care of it: the
 * initiator leaving while the target rings makes it direct; leaving a consult completes it;
 * the target leaving a consult cancels it. When the caller leaves, the call ends and the
 * consult leg is told (the transfer is cancelled first).
 */
export function hangUpDuringTransfer(tx: Tx, call: Call, leg: Leg): boolean {
  const transfer = call.transfer;
  if (transfer?.method !== 'assisted') return false;
  if (leg.party === 'customer') {
    tx.emit({
      type: 'call.transfer_cancelled',
      callId: call.id,
      transferId: transfer.id,
      reason: 'customer_hung_up',
    });
    return false;
  }
  if (leg.userId === transfer.initiatorId) {
    if (transfer.state !== 'ringing_target') {
      leaveTransfer(tx, call);
      return true;
    }
    tx.emit({ type: 'call.transfer_became_direct', callId: call.id, transferId: transfer.id });
    endLeg(tx, call, leg, 'transferred');
    settleAfterSession(tx, transfer.initiatorId);
    return true;
  }
  if (leg.id !== transfer.targetLegId) return false;
  endLeg(tx, call, leg, 'hung_up');
  // After a conference the initiator and the caller go on talking; after a consult the caller is still held.
  const initiator = initiatorLeg(call);
  const audio =
    transfer.state === 'conference' && initiator ? talkAudio(call, initiator.id) : backToHeldCaller(call);
  tx.emit({
    type: 'call.transfer_cancelled',
    callId: call.id,
    transferId: transfer.id,
    reason: 'target_hung_up',
    ...(audio ? { audio } : {}),
  });
  if (leg.userId) settleAfterSession(tx, leg.userId);
  return true;
}
