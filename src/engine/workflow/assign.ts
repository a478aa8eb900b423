import type { Conversation } from '../chat/conversation.ts';
import { qualifies as hasSkills } from '../routing/skills.ts';
import type { Tx } from '../tx.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import { contactOf } from './conditions.ts';
import type { Step } from './definition.ts';
import type { StepOutcome } from './events.ts';
import { logResult } from './log.ts';

type AssignStep = Extract<Step, { kind: 'assign' }>;

interface Choice {
  userId?: string;
  rotation?: { key: string; position: number };
  /** Why nobody was chosen, for the run log: in English and as a code. */
  why?: string;
  reason?: StepOutcome['reason'];
}

const nameOf = (tx: Tx, userId: string) => tx.state.users[userId]?.name ?? userId;

/**
 * F3: to a specific agent, a team by round robin or fewest open conversations, or the
 * contact's responsible user; optionally online users only. When nobody qualifies, the
 * step's whenNobodyQualifies says what happens. Returns the step to go on to.
 */
export function runAssign(
  tx: Tx,
  runId: string,
  step: AssignStep,
  conversation: Conversation,
): string | undefined {
  const current =
    conversation.status === 'assigned' || conversation.status === 'on_hold'
      ? conversation.assigneeId
      : undefined;
  let choice = chooseAgent(tx, step, conversation, current, step.onlineOnly);
  const fallback = step.whenNobodyQualifies ?? 'leave';
  if (!choice.userId && fallback === 'any_agent' && step.onlineOnly) {
    const offline = chooseAgent(tx, step, conversation, current, false);
    if (offline.userId) choice = offline;
  }
  const chosen = choice.userId;
  if (!chosen) return nobodyQualified(tx, runId, step, conversation, current, choice);
  if (chosen === current) {
    logResult(tx, runId, step.id, {
      result: `already with ${nameOf(tx, chosen)}`,
      outcome: { code: 'already_with', params: { agent: nameOf(tx, chosen) } },
    });
    return step.next;
  }
  if (current)
    tx.emit({
      type: 'conversation.unassigned',
      conversationId: conversation.id,
      userId: current,
      reason: 'transfer',
    });
  tx.emit({ type: 'conversation.assigned', conversationId: conversation.id, userId: chosen, by: 'reassign' });
  const online = step.onlineOnly && tx.state.users[chosen]?.presence !== 'online' ? ', online or not' : '';
  logResult(tx, runId, step.id, {
    result: `assigned to ${nameOf(tx, chosen)}${current ? ` (was ${nameOf(tx, current)})` : ''}${online}`,
    outcome: {
      code: `${current ? 'reassigned' : 'assigned'}${online ? '_any_presence' : ''}`,
      params: { agent: nameOf(tx, chosen), ...(current ? { previous: nameOf(tx, current) } : {}) },
    },
    ...(current ? { previousAssigneeId: current } : {}),
    ...(choice.rotation ? { rotation: choice.rotation } : {}),
  });
  if (current) settleAfterSession(tx, current);
  return step.next;
}

function nobodyQualified(
  tx: Tx,
  runId: string,
  step: AssignStep,
  conversation: Conversation,
  current: string | undefined,
  choice: Choice,
): string | undefined {
  const why = choice.why ?? 'nobody qualified';
  const reason = choice.reason ?? { code: 'nobody' };
  const fallback = step.whenNobodyQualifies ?? 'leave';
  if (fallback === 'goto') {
    logResult(tx, runId, step.id, {
      result: `${why}; going to step ${step.goto}`,
      outcome: { code: 'nobody_goto', params: { step: step.goto ?? '' }, reason },
    });
    return step.goto;
  }
  if (fallback === 'queue') return queue(tx, runId, step, conversation, current, why, reason);
  logResult(tx, runId, step.id, {
    result: `${why}; the conversation stays as it is`,
    outcome: { code: 'nobody_stays', reason },
  });
  return step.next;
}

/**
 * whenNobodyQualifies: queue — the conversation goes back to a department's queue (the
 * team's, else its own), out of its agent's hands; the queue gives it to the next member
 * with room by the department's strategy, now or when one frees up.
 */
function queue(
  tx: Tx,
  runId: string,
  step: AssignStep,
  conversation: Conversation,
  current: string | undefined,
  why: string,
  reason: StepOutcome['reason'],
): string | undefined {
  const departmentId = step.target.kind === 'team' ? step.target.departmentId : conversation.departmentId;
  const department = departmentId ? tx.state.departments[departmentId] : undefined;
  if (!department) {
    logResult(tx, runId, step.id, {
      result: `${why}; there is no department to queue it in, so it stays as it is`,
      outcome: { code: 'nobody_no_department', reason },
    });
    return step.next;
  }
  const queued = tx.state.chatQueues[department.id]?.includes(conversation.id);
  if (queued && conversation.status === 'queued') {
    logResult(tx, runId, step.id, {
      result: `${why}; it is already waiting in the ${department.name} queue`,
      outcome: { code: 'nobody_already_queued', params: { department: department.name }, reason },
    });
    return step.next;
  }
  if (current)
    tx.emit({
      type: 'conversation.unassigned',
      conversationId: conversation.id,
      userId: current,
      reason: 'transfer',
    });
  tx.emit({
    type: 'conversation.queued',
    conversationId: conversation.id,
    departmentId: department.id,
    position: (tx.state.chatQueues[department.id]?.length ?? 0) + 1,
  });
  logResult(tx, runId, step.id, {
    result: `${why}; queued in ${department.name}${current ? ` (was ${nameOf(tx, current)})` : ''}`,
    outcome: {
      code: current ? 'nobody_requeued' : 'nobody_queued',
      params: { department: department.name, ...(current ? { previous: nameOf(tx, current) } : {}) },
      reason,
    },
    ...(current ? { previousAssigneeId: current } : {}),
  });
  if (current) settleAfterSession(tx, current);
  return step.next;
}

function chooseAgent(
  tx: Tx,
  step: AssignStep,
  conversation: Conversation,
  current: string | undefined,
  onlineOnly: boolean,
): Choice {
  const required = step.skills ?? [];
  const qualifies = (userId: string) => {
    const user = tx.state.users[userId];
    return Boolean(user) && (!onlineOnly || user!.presence === 'online') && hasSkills(user!.skills, required);
  };
  // R1: with skills required, the run log says so when nobody had them.
  const lacking = required.length > 0 ? ' with the required skills' : '';
  const { target } = step;
  if (target.kind === 'agent') {
    if (qualifies(target.userId)) return { userId: target.userId };
    return {
      why: `${nameOf(tx, target.userId)} is ${onlineOnly ? 'not online' : 'no longer a user'}${lacking && ` or lacks the required skills`}`,
      reason: {
        code: onlineOnly ? 'agent_not_online' : 'agent_gone',
        params: { agent: nameOf(tx, target.userId) },
      },
    };
  }
  if (target.kind === 'contact_owner') {
    const contact = contactOf(tx.state, { conversation });
    const owner = contact?.responsibleUserId;
    if (!contact) return { why: 'no known contact', reason: { code: 'no_contact' } };
    if (!owner)
      return {
        why: `${contact.name} has no responsible user`,
        reason: { code: 'no_owner', params: { contact: contact.name } },
      };
    if (qualifies(owner)) return { userId: owner };
    return {
      why: `the contact's responsible user ${nameOf(tx, owner)} is not online${lacking && ' or lacks the required skills'}`,
      reason: { code: 'owner_not_online', params: { agent: nameOf(tx, owner) } },
    };
  }
  const department = tx.state.departments[target.departmentId];
  const all = department?.memberIds ?? [];
  const eligible = (id: string) => id !== current && qualifies(id);
  const nobody = {
    why: `nobody${onlineOnly ? ' online' : ''}${lacking} in ${department?.name ?? target.departmentId}`,
    reason: {
      code: onlineOnly ? 'nobody_online_in' : 'nobody_in',
      params: { department: department?.name ?? target.departmentId },
    },
  };
  if (target.strategy === 'least_open') {
    const members = all.filter(eligible);
    if (members.length === 0) return nobody;
    return {
      userId: members.reduce((best, id) =>
        tx.state.users[id]!.chatSessions < tx.state.users[best]!.chatSessions ? id : best,
      ),
    };
  }
  const key = `workflow:${target.departmentId}`;
  const last = tx.state.rotation[key] ?? -1;
  for (let i = 1; i <= all.length; i += 1) {
    const position = (last + i) % all.length;
    if (eligible(all[position]!)) return { userId: all[position]!, rotation: { key, position } };
  }
  return nobody;
}
