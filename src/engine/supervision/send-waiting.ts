import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { numberPoolKey } from '../routing/pool-index.ts';
import { callSkills } from '../routing/requirements.ts';
import { qualifies } from '../routing/skills.ts';
import type { User } from '../state.ts';
import { own } from '../table.ts';
import type { Tx } from '../tx.ts';
import { type Call, type Pool, ringingLegs } from '../voice/call.ts';
import { endLeg } from '../voice/legs.ts';
import { newOffering, offerToPool, pick, poolMembers, poolSpec, unavailableReason } from '../voice/offer.ts';
import { ringTimerId } from '../voice/timers.ts';
import { requireUser } from '../workspace/users.ts';
import type { SupervisionCommand } from './monitor.ts';

type SendCommand = Extract<SupervisionCommand, { type: 'call.supervisor_transfer' }>;

/**
 * Why a user cannot take this call once its own ringing stops (sending it on ends those
 * legs): an agent whose phone rings for this very call may be where it is sent.
 */
function unavailableOnceUnrung(call: Call, user: User | undefined): string | undefined {
  if (!user) return unavailableReason(user);
  const here = ringingLegs(call).filter((leg) => leg.userId === user.id).length;
  return unavailableReason(here === 0 ? user : { ...user, ringingLegs: user.ringingLegs - here });
}

/** An agent of the number called who may take the call now, or why not. */
function requireFreeAgent(tx: Tx, call: Call, userId: string, field: string): void {
  const user = requireUser(tx.state, userId, field);
  const busy = unavailableOnceUnrung(call, user);
  if (busy) throw conflict(`${user.name} cannot take the call now: ${busy}`, field);
  if (tx.state.poolIndex[numberPoolKey(call.numberId)]?.[user.id] === undefined)
    throw conflict(`${user.name} is not assigned to the number called`, field);
}

/** A group rings by its own strategy: someone in it must be able to take the call now. */
function groupPool(tx: Tx, call: Call, groupId: string): Pool {
  const group = own(tx.state.groups, groupId);
  if (!group) throw notFound('group', groupId, 'target.groupId');
  const pool: Pool = { kind: 'group', id: group.id };
  const number = tx.state.numbers[call.numberId]!;
  const offering = newOffering(pool, poolSpec(tx.state, number, pool));
  const skills = callSkills(tx.state, call, pool, tx.now);
  const members = poolMembers(tx.state, number, pool);
  const assigned = tx.state.poolIndex[numberPoolKey(number.id)] ?? {};
  // The index sees an agent ringing for this call as busy; they are free once it is sent on.
  const ringingHere = ringingLegs(call).some((leg) => {
    const user = leg.userId === undefined ? undefined : tx.state.users[leg.userId];
    return (
      user !== undefined &&
      members.positionOf(user.id) !== undefined &&
      assigned[user.id] !== undefined &&
      qualifies(user.skills, skills.required) &&
      unavailableOnceUnrung(call, user) === undefined
    );
  });
  if (!ringingHere && pick(tx.state, number, offering, tx.state.rng, skills).chosen.length === 0)
    throw conflict(`nobody in ${group.name} can take the call now`, 'target.groupId');
  return pool;
}

/**
 * Least busy first, then longest idle. A supervisor's one-off choice, so a sort of the
 * department is fine here (the index's load order sees an agent rung for this call as busy).
 */
function leastBusyFirst(tx: Tx, ids: string[]): string[] {
  const load = (id: string) =>
    (tx.state.users[id]?.ringingLegs ?? 0) + (tx.state.users[id]?.connectedLegs ?? 0);
  const idle = (id: string) => tx.state.users[id]?.lastAnsweredAt ?? Number.NEGATIVE_INFINITY;
  return [...new Set(ids)].sort((a, b) => load(a) - load(b) || idle(a) - idle(b));
}

/** A department has no phone strategy of its own: its least busy free agent of the number called (as T4 transfers). */
function departmentAgent(tx: Tx, call: Call, departmentId: string): Pool {
  const department = own(tx.state.departments, departmentId);
  if (!department) throw notFound('department', departmentId, 'target.departmentId');
  const assigned = tx.state.poolIndex[numberPoolKey(call.numberId)] ?? {};
  const { required } = callSkills(tx.state, call, { kind: 'number', id: call.numberId }, tx.now);
  for (const userId of leastBusyFirst(tx, department.memberIds)) {
    const user = tx.state.users[userId];
    if (
      unavailableOnceUnrung(call, user) ||
      assigned[userId] === undefined ||
      !qualifies(user?.skills, required)
    )
      continue;
    return { kind: 'user', id: userId, why: 'supervisor' };
  }
  throw conflict(`nobody in ${department.name} can take the call now`, 'target.departmentId');
}

function poolFor(tx: Tx, call: Call, target: SendCommand['target']): Pool {
  switch (target.kind) {
    case 'user':
      requireFreeAgent(tx, call, target.userId, 'target.userId');
      return { kind: 'user', id: target.userId, why: 'supervisor' };
    case 'group':
      return groupPool(tx, call, target.groupId);
    case 'department':
      return departmentAgent(tx, call, target.departmentId);
    default:
      throw invalid(
        'target.kind',
        'a call nobody has answered yet goes to an agent, a group or a department',
      );
  }
}

/**
 * R4: a call still waiting (queued, or ringing agents who have not answered) goes where the
 * supervisor says, at once: to an agent, to a group (which rings by its strategy), or to a
 * department (its least busy free agent). The other offers stop. Checked before anything
 * changes: nobody there who can take it now is refused, naming the field.
 */
export function sendWaiting(tx: Tx, call: Call, command: SendCommand): void {
  const pool = poolFor(tx, call, command.target);
  tx.emit({
    type: 'call.supervisor_action',
    callId: call.id,
    userId: command.userId,
    action: 'transfer',
    target: command.target,
  });
  tx.clearTimer(ringTimerId(call.id));
  for (const leg of ringingLegs(call)) endLeg(tx, call, leg, 'transferred');
  if (call.phase === 'queued') tx.emit({ type: 'call.dequeued', callId: call.id, reason: 'offered' });
  offerToPool(tx, tx.state.calls.get(call.id)!, pool);
}
