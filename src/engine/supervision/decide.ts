import { conflict, DomainError, invalid, notFound } from '../../domain/errors.ts';
import { roleAtLeast } from '../../domain/roles.ts';
import { decideTransfer } from '../transfer/decide.ts';
import type { Tx } from '../tx.ts';
import { type Call, type Leg, liveLegs, nextLegId } from '../voice/call.ts';
import { requireUser } from '../workspace/users.ts';
import { monitorAudio, servedLegs } from './audio.ts';
import { type MonitorMode, monitorModes, type SupervisionCommand } from './monitor.ts';
import { sendWaiting } from './send-waiting.ts';

function requireSupervisor(tx: Tx, userId: string): void {
  const user = requireUser(tx.state, userId);
  if (!roleAtLeast(user.role, 'supervisor'))
    throw new DomainError('forbidden', 'only supervisors and admins supervise calls', 'userId');
}

function checkMode(mode: MonitorMode): void {
  if (!(monitorModes as readonly string[]).includes(mode))
    throw invalid('mode', `mode must be one of ${monitorModes.join(', ')}`);
}

/** A call a supervisor may join: a caller talking to an agent now (not held, no transfer under way). */
function requireLiveConversation(call: Call): void {
  const { customer, agents } = servedLegs(call);
  if (call.phase !== 'connected' || call.held || call.transfer || !customer || agents.length === 0)
    throw conflict('only a call where the caller and an agent are talking can be supervised now', 'callId');
}

function monitorLegOf(call: Call, userId: string): Leg | undefined {
  return liveLegs(call).find((leg) => leg.userId === userId && leg.monitor !== undefined);
}

function monitor(tx: Tx, call: Call, userId: string, mode: MonitorMode): void {
  requireSupervisor(tx, userId);
  checkMode(mode);
  requireLiveConversation(call);
  if (liveLegs(call).some((leg) => leg.userId === userId))
    throw conflict('the supervisor is already on this call', 'userId');
  tx.emit({ type: 'call.monitor_ringing', callId: call.id, legId: nextLegId(call), userId, mode });
}

/** The supervisor answered their phone: they join in the mode they asked for. */
export function joinMonitor(tx: Tx, call: Call, leg: Leg): void {
  const mode = leg.monitor!;
  tx.emit({
    type: 'call.monitor_joined',
    callId: call.id,
    legId: leg.id,
    userId: leg.userId!,
    mode,
    audio: monitorAudio(call, leg.id, mode),
  });
}

function changeMode(tx: Tx, call: Call, userId: string, mode: MonitorMode): void {
  checkMode(mode);
  const leg = monitorLegOf(call, userId);
  if (leg?.status !== 'connected') throw conflict('the supervisor is not listening to this call', 'userId');
  // Any time they are on it: while the caller is held the mode applies to the agents' side (monitorAudio).
  if (leg.monitor === mode) return;
  tx.emit({
    type: 'call.monitor_changed',
    callId: call.id,
    legId: leg.id,
    userId,
    mode,
    audio: monitorAudio(call, leg.id, mode),
  });
}

/** A supervisor moves a call on the agent's behalf (R4): the history says who did it. */
function supervisorTransfer(
  tx: Tx,
  call: Call,
  command: Extract<SupervisionCommand, { type: 'call.supervisor_transfer' }>,
): void {
  requireSupervisor(tx, command.userId);
  const waiting = call.phase === 'queued' || (call.phase === 'ringing' && call.direction === 'inbound');
  if (call.answeredAt === undefined && waiting) return sendWaiting(tx, call, command);
  const agent = servedLegs(call).agents[0];
  if (call.transfer || !agent?.userId || call.answeredAt === undefined)
    throw conflict(
      'only a call connected to an agent, with no transfer under way, can be transferred',
      'callId',
    );
  const agentId = agent.userId;
  tx.emit({
    type: 'call.supervisor_action',
    callId: call.id,
    userId: command.userId,
    action: 'transfer',
    agentId,
    target: command.target,
  });
  if (!call.held) decideTransfer(tx, { type: 'call.hold', callId: call.id, userId: agentId });
  decideTransfer(tx, {
    type: 'call.transfer',
    callId: call.id,
    transferId: command.transferId,
    userId: agentId,
    target: command.target,
    method: 'direct',
  });
}

export function decideSupervision(tx: Tx, command: SupervisionCommand): void {
  const call = tx.state.calls.get(command.callId);
  if (!call) throw notFound('call', command.callId, 'callId');
  switch (command.type) {
    case 'call.monitor':
      return monitor(tx, call, command.userId, command.mode);
    case 'call.monitor_mode':
      return changeMode(tx, call, command.userId, command.mode);
    case 'call.supervisor_transfer':
      return supervisorTransfer(tx, call, command);
  }
}
