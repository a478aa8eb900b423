import { conflict, DomainError, invalid, notFound } from '../../domain/errors.ts';
import { toE164 } from '../../domain/phone.ts';
import { planAllows } from '../../domain/plan.ts';
import { optionalText } from '../../domain/text.ts';
import { unhandledCommand } from '../command-routing.ts';
import { departmentVoicePool, groupVoicePool } from '../routing/team-pools.ts';
import { pickVoice } from '../routing/voice-pick.ts';
import type { Tx } from '../tx.ts';
import { takeAction } from '../voice/actions.ts';
import { holdAudio, talkAudio } from '../voice/audio.ts';
import type { Call, Leg } from '../voice/call.ts';
import { nextLegId } from '../voice/call.ts';
import { forwardRefusal } from '../voice/forward.ts';
import { endLeg } from '../voice/legs.ts';
import { offerToPool, unavailableReason } from '../voice/offer.ts';
import { startRecording, stopRecording } from '../voice/recording.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import { requireUser } from '../workspace/users.ts';
import { backToHeldCaller, consultStep, initiatorLeg } from './assisted.ts';
import type { TransferCommand } from './events.ts';
import { noteMax, type TransferTarget, transferTimerId } from './transfer.ts';

function requireCall(tx: Tx, callId: string): Call {
  const call = tx.state.calls.get(callId);
  if (!call) throw notFound('call', callId, 'callId');
  return call;
}

/** The agent's own connected leg on the call: only they hold, resume or transfer it. */
function ownLeg(call: Call, userId: string): Leg {
  for (const leg of call.legs.values())
    if (leg.userId === userId && leg.status === 'connected' && !leg.monitor) return leg;
  throw new DomainError('forbidden', 'only the agent connected to the call can do this', 'userId');
}

/**
 * T4: to a telephony group or department, whose strategy picks the agent (departments: least
 * busy), read from the availability index as call offers are (no walk over every member).
 * Random draws among the free members; nothing here advances the workspace's random state.
 */
function pickFromTeam(
  tx: Tx,
  call: Call,
  target: { kind: 'group'; groupId: string } | { kind: 'department'; departmentId: string },
): TransferTarget {
  const group = target.kind === 'group' ? tx.state.groups[target.groupId] : undefined;
  const department = target.kind === 'department' ? tx.state.departments[target.departmentId] : undefined;
  const field = target.kind === 'group' ? 'target.groupId' : 'target.departmentId';
  const team = group ?? department;
  if (!team)
    throw notFound(target.kind, target.kind === 'group' ? target.groupId : target.departmentId, field);
  const initiators = [...call.legs.values()]
    .filter((leg) => leg.status === 'connected' && leg.userId !== undefined)
    .map((leg) => leg.userId!);
  const { chosen } = pickVoice({
    pool: group ? groupVoicePool(tx.state, group.id) : departmentVoicePool(tx.state, department!),
    strategy: group?.strategy ?? 'least_busy',
    lastPosition: -1,
    seed: tx.state.rng,
    ringAll: false,
    tried: initiators,
    assignedTo: '',
  });
  const userId = chosen[0];
  if (userId === undefined) throw conflict(`nobody in ${team.name} can take the call now`, field);
  return { kind: 'user', userId, via: { kind: target.kind, id: team.id } };
}

function checkTarget(
  tx: Tx,
  call: Call,
  target: Extract<TransferCommand, { type: 'call.transfer' }>['target'],
  note?: string,
): TransferTarget {
  if (target.kind === 'group' || target.kind === 'department') return pickFromTeam(tx, call, target);
  if (target.kind === 'user') {
    const user = requireUser(tx.state, target.userId, 'target.userId');
    const busy = unavailableReason(user);
    if (busy) throw conflict(`${user.name} cannot take the call now: ${busy}`, 'target.userId');
    return { kind: 'user', userId: user.id };
  }
  // T4: a note travels to a workspace member only; it cannot reach an external number.
  if (note) throw invalid('note', 'a note cannot be sent to an external number');
  const number = toE164(target.number ?? '', 'target.number', tx.state.defaultCountry as never);
  const refusal = forwardRefusal(tx.state, tx.state.numbers[call.numberId]!, number);
  if (refusal)
    throw new DomainError(
      tx.state.numbers[call.numberId]!.kind === 'sip' ? 'licence_required' : 'insufficient_balance',
      refusal,
      'target.number',
    );
  return { kind: 'external', number };
}

/** T1 direct, T3 with a note, T4 targets: the call rings the target and the initiator is free at once. */
function transfer(tx: Tx, command: Extract<TransferCommand, { type: 'call.transfer' }>): void {
  // W3: call transfer is a Business and Scale feature (seed 000).
  if (!planAllows(tx.state.plan, 'call_transfer'))
    throw new DomainError(
      'plan_required',
      'call transfer is available on the Business and Scale plans; upgrade to use it',
      'plan',
    );
  const call = requireCall(tx, command.callId);
  const initiatorLeg = ownLeg(call, command.userId);
  if (!call.held)
    throw conflict(
      'put the caller on hold before transferring (seed 000: transfer starts from a held call)',
      'callId',
    );
  if (call.transfer) throw conflict('this call already has a transfer in progress', 'callId');
  const note = optionalText(command.note, 'note', noteMax);
  const target = checkTarget(tx, call, command.target, note);
  const targetLegId = nextLegId(call);
  tx.emit({
    type: 'call.transfer_started',
    callId: call.id,
    transferId: command.transferId,
    initiatorId: command.userId,
    target,
    method: command.method,
    ...(note ? { note } : {}),
    targetLegId,
    // T2: the initiator hears the target's phone ring; the caller keeps the hold music.
    ...(command.method === 'assisted'
      ? { audio: { hear: [{ legId: initiatorLeg.id, sound: 'ringback' as const }] } }
      : {}),
  });
  const about = { transferId: command.transferId, fromUserId: command.userId, ...(note ? { note } : {}) };
  if (target.kind === 'user')
    tx.emit({
      type: 'call.leg_ringing',
      callId: call.id,
      legId: targetLegId,
      userId: target.userId,
      transfer: about,
    });
  else
    tx.emit({
      type: 'call.leg_ringing',
      callId: call.id,
      legId: targetLegId,
      number: target.number,
      presentedNumber: call.from,
      transfer: about,
    });
  // T1: in a direct transfer the initiator is free at once; in an assisted one (T2) they stay to consult.
  if (command.method === 'direct') {
    stopRecording(tx, call);
    endLeg(tx, call, initiatorLeg, 'transferred');
    settleAfterSession(tx, command.userId);
  }
  const ringMs = (tx.state.numbers[call.numberId]?.settings.ringTimeoutSec ?? 30) * 1000;
  tx.setTimer(transferTimerId(call.id), tx.now + ringMs, { type: 'call.transfer_timeout', callId: call.id });
}

/**
 * The target answered the transfer's leg: in a direct transfer the customer is theirs now;
 * in an assisted one (T2) they talk to the initiator only, and the caller keeps the hold music.
 */
export function answerTransferLeg(tx: Tx, call: Call, leg: Leg): void {
  const consultWith = call.transfer?.method === 'assisted' ? initiatorLeg(call) : undefined;
  tx.emit({
    type: 'call.leg_answered',
    callId: call.id,
    legId: leg.id,
    userId: leg.userId,
    ...(consultWith ? { audio: holdAudio(call, consultWith.id, leg.id) } : {}),
  });
  completeTransfer(tx, tx.state.calls.get(call.id)!, leg.userId);
}

function completeTransfer(tx: Tx, call: Call, userId?: string): void {
  if (!call.transfer) return;
  tx.clearTimer(transferTimerId(call.id));
  // T2: the target picked up the consult; the caller keeps waiting on hold.
  if (call.transfer.method === 'assisted') {
    tx.emit({ type: 'call.transfer_consulting', callId: call.id, transferId: call.transfer.id });
    return;
  }
  tx.emit({
    type: 'call.transfer_completed',
    callId: call.id,
    transferId: call.transfer.id,
    ...(userId ? { userId } : {}),
    audio: talkAudio(call, call.transfer.targetLegId),
  });
  startRecording(tx, tx.state.calls.get(call.id)!);
}

/**
 * T1: the target declined or did not answer. The call does not vanish: it goes back to the
 * initiator if they can take it, otherwise to the number's no-answer action; the initiator is told.
 */
export function failTransfer(tx: Tx, call: Call, reason: 'declined' | 'no_answer'): void {
  const transfer = call.transfer;
  if (!transfer) return;
  tx.clearTimer(transferTimerId(call.id));
  const leg = call.legs.get(transfer.targetLegId);
  if (leg && leg.status !== 'ended') endLeg(tx, call, leg, reason === 'declined' ? 'rejected' : 'no_answer');
  if (transfer.method === 'assisted') {
    // T2: the initiator never left: they are back with the held caller.
    const audio = backToHeldCaller(call);
    tx.emit({
      type: 'call.transfer_failed',
      callId: call.id,
      transferId: transfer.id,
      reason,
      returnTo: 'initiator',
      ...(audio ? { audio } : {}),
    });
    return;
  }
  const initiator = tx.state.users[transfer.initiatorId];
  const returnTo = unavailableReason(initiator) === undefined ? 'initiator' : 'fallback';
  tx.emit({ type: 'call.transfer_failed', callId: call.id, transferId: transfer.id, reason, returnTo });
  if (returnTo === 'initiator') {
    offerToPool(tx, tx.state.calls.get(call.id)!, {
      kind: 'user',
      id: transfer.initiatorId,
      why: 'transfer_return',
    });
    return;
  }
  const number = tx.state.numbers[call.numberId];
  if (number) takeAction(tx, call.id, number.settings.noAnswerAction, 'no_answer');
}

export function decideTransfer(tx: Tx, command: TransferCommand): void {
  if (command.type === 'call.transfer') return transfer(tx, command);
  const call = requireCall(tx, command.callId);
  if (command.type === 'call.transfer_timeout')
    return call.transfer ? failTransfer(tx, call, 'no_answer') : undefined;
  if (
    command.type === 'call.transfer_complete' ||
    command.type === 'call.transfer_conference' ||
    command.type === 'call.transfer_cancel'
  )
    return consultStep(tx, call, command);
  const own = ownLeg(call, command.userId);
  // The transfer owns the line until it is completed or cancelled: resuming mid-consult would let the caller hear it.
  if (call.transfer) throw conflict('complete or cancel the transfer first', 'callId');
  if (command.type === 'call.hold') {
    if (call.held) throw conflict('the caller is already on hold', 'callId');
    tx.emit({ type: 'call.held', callId: call.id, userId: command.userId, audio: holdAudio(call, own.id) });
    return;
  }
  if (command.type !== 'call.resume') return unhandledCommand(command);
  if (!call.held) throw conflict('the caller is not on hold', 'callId');
  tx.emit({ type: 'call.resumed', callId: call.id, userId: command.userId, audio: talkAudio(call, own.id) });
}
