import type { Conversation } from '../chat/conversation.ts';
import type { Event } from '../events.ts';
import type { Tx } from '../tx.ts';
import type { BranchCondition, Step, Trigger, TriggerCondition, WorkflowDefinition } from './definition.ts';
import { workflowTimerId } from './definition.ts';

/** A run that loops without waiting stops here rather than spinning (a definition may cycle). */
const maxStepsAtOnce = 100;

function matchesTrigger(trigger: Trigger, conversation: Conversation): boolean {
  const test = (condition: TriggerCondition) => {
    const actual =
      condition.field === 'source'
        ? 'contact'
        : condition.field === 'channel'
          ? conversation.channel
          : conversation.departmentId;
    return condition.op === 'eq' ? actual === condition.value : actual !== condition.value;
  };
  if (trigger.conditions.length === 0) return true;
  return trigger.match === 'all' ? trigger.conditions.every(test) : trigger.conditions.some(test);
}

/** F2: start a run of every enabled, published workflow whose trigger matches these events. */
export function startWorkflowRuns(tx: Tx, events: Event[]): void {
  for (const event of events) {
    const kind =
      event.type === 'conversation.opened'
        ? 'conversation_opened'
        : event.type === 'conversation.unassigned'
          ? 'conversation_unassigned'
          : undefined;
    if (!kind || !('conversationId' in event)) continue;
    const conversation = tx.state.conversations[event.conversationId];
    if (!conversation) continue;
    for (const workflow of Object.values(tx.state.workflows)) {
      const version = workflow.versions.length;
      const definition = workflow.versions[version - 1];
      if (!workflow.enabled || !definition || definition.trigger.kind !== kind) continue;
      if (!matchesTrigger(definition.trigger, conversation)) continue;
      const runId = `wfr_${tx.state.workflowRunsStarted + 1}`;
      tx.emit({
        type: 'workflow.run_started',
        runId,
        workflowId: workflow.id,
        version,
        conversationId: conversation.id,
        stepId: definition.start,
      });
      advance(tx, runId, definition.start);
    }
  }
}

function definitionOf(tx: Tx, runId: string): WorkflowDefinition | undefined {
  const run = tx.state.workflowRuns[runId];
  return run ? tx.state.workflows[run.workflowId]?.versions[run.version - 1] : undefined;
}

/** A wait is over: the run goes on from the wait's next step (F5). */
export function resumeRun(tx: Tx, runId: string): void {
  const run = tx.state.workflowRuns[runId];
  const step = definitionOf(tx, runId)?.steps.find((candidate) => candidate.id === run?.stepId);
  if (!run || step?.kind !== 'wait') return;
  return step.next ? advance(tx, runId, step.next) : finish(tx, runId, 'end');
}

function finish(tx: Tx, runId: string, reason: 'end' | 'conversation_resolved'): void {
  const run = tx.state.workflowRuns[runId];
  if (run)
    tx.emit({
      type: 'workflow.run_finished',
      runId,
      workflowId: run.workflowId,
      conversationId: run.conversationId,
      reason,
    });
}

function advance(tx: Tx, runId: string, from: string): void {
  let stepId: string | undefined = from;
  for (let count = 0; stepId && count < maxStepsAtOnce; count += 1) {
    const run = tx.state.workflowRuns[runId]!;
    const conversation = tx.state.conversations[run.conversationId];
    if (!conversation) return finish(tx, runId, 'conversation_resolved');
    const step: Step | undefined = definitionOf(tx, runId)?.steps.find(
      (candidate) => candidate.id === stepId,
    );
    if (!step) return finish(tx, runId, 'end');
    tx.emit({
      type: 'workflow.step_entered',
      runId,
      workflowId: run.workflowId,
      conversationId: conversation.id,
      stepId: step.id,
      kind: step.kind,
    });
    const next = runStep(tx, runId, step, conversation);
    if (next === waiting) return;
    stepId = next;
  }
  if (!stepId) finish(tx, runId, 'end');
}

const result = (tx: Tx, runId: string, stepId: string, text: string) =>
  tx.emit({
    type: 'workflow.step_result',
    runId,
    workflowId: tx.state.workflowRuns[runId]!.workflowId,
    conversationId: tx.state.workflowRuns[runId]!.conversationId,
    stepId,
    result: text,
  });

/** Returned by a wait step: the run pauses until its timer (a symbol, so no step id can look like it). */
const waiting = Symbol('waiting');

/** Runs one step; returns the next step's id, undefined to end, or `waiting`. */
function runStep(
  tx: Tx,
  runId: string,
  step: Step,
  conversation: Conversation,
): string | undefined | typeof waiting {
  switch (step.kind) {
    case 'assign':
      assign(tx, runId, step, conversation);
      return step.next;
    case 'wait':
      tx.setTimer(workflowTimerId(runId), tx.now + step.seconds * 1000, { type: 'workflow.resume', runId });
      result(tx, runId, step.id, `waiting ${step.seconds} s`);
      return waiting;
    case 'branch': {
      const outcomes = step.conditions.map((condition) => evaluate(tx, condition, conversation));
      const taken = step.match === 'all' ? outcomes.every((o) => o.holds) : outcomes.some((o) => o.holds);
      const why = outcomes.map((o) => o.why).join(step.match === 'all' ? ' and ' : ' or ');
      tx.emit({
        type: 'workflow.branch_taken',
        runId,
        workflowId: tx.state.workflowRuns[runId]!.workflowId,
        conversationId: conversation.id,
        stepId: step.id,
        path: taken ? 'onTrue' : 'onFalse',
        why,
      });
      return taken ? step.onTrue : step.onFalse;
    }
    case 'add_comment': {
      const text = fill(
        tx,
        step.text,
        tx.state.workflowRuns[runId]!.previousAssigneeId,
        conversation.assigneeId,
      );
      tx.emit({
        type: 'conversation.note_added',
        conversationId: conversation.id,
        noteId: `${runId}.${step.id}`,
        text,
        kind: 'note',
      });
      result(tx, runId, step.id, 'internal note added');
      return step.next;
    }
    case 'close':
      tx.emit({
        type: 'conversation.resolved',
        conversationId: conversation.id,
        ...(conversation.assigneeId && conversation.status !== 'pending' && conversation.status !== 'queued'
          ? { assigneeId: conversation.assigneeId }
          : {}),
      });
      return undefined;
    case 'end':
      return undefined;
  }
}

/** Placeholders in comments: {{previous_assignee}} and {{assignee}}, by name. */
function fill(tx: Tx, text: string, previous?: string, current?: string): string {
  const name = (userId?: string) => (userId ? (tx.state.users[userId]?.name ?? userId) : 'nobody');
  return text.replaceAll('{{previous_assignee}}', name(previous)).replaceAll('{{assignee}}', name(current));
}

function evaluate(
  tx: Tx,
  condition: BranchCondition,
  conversation: Conversation,
): { holds: boolean; why: string } {
  if (condition.subject === 'status') {
    const status = conversation.status;
    const open = status !== undefined;
    const actual = condition.value === 'open' ? open : status === condition.value;
    const holds = condition.op === 'eq' ? actual : !actual;
    return {
      holds,
      why: `status is ${status} (${condition.op} ${condition.value}: ${holds ? 'yes' : 'no'})`,
    };
  }
  if (condition.subject === 'assignee') {
    const has = conversation.assigneeId !== undefined && conversation.status !== 'queued';
    return {
      holds: condition.op === 'exists' ? has : !has,
      why: has ? 'it has an assignee' : 'it has no assignee',
    };
  }
  const last = conversation.lastOutgoingAt;
  if (condition.op === 'greater_than') {
    const holds = last !== undefined && tx.now - last > condition.seconds * 1000;
    return {
      holds,
      why:
        last === undefined
          ? 'no outgoing message yet'
          : `last outgoing message ${Math.round((tx.now - last) / 1000)} s ago`,
    };
  }
  const has = last !== undefined;
  return {
    holds: condition.op === 'exists' ? has : !has,
    why: has ? 'an outgoing message exists' : 'no outgoing message exists',
  };
}

/** F3: to a specific agent, or to a team by round robin or fewest open conversations; optionally online users only. */
function assign(
  tx: Tx,
  runId: string,
  step: Extract<Step, { kind: 'assign' }>,
  conversation: Conversation,
): void {
  const current =
    conversation.status === 'assigned' || conversation.status === 'on_hold'
      ? conversation.assigneeId
      : undefined;
  const { userId: chosen, rotation } = chooseAgent(tx, step, current);
  if (!chosen) return result(tx, runId, step.id, 'nobody qualified; the conversation stays as it is');
  if (chosen === current)
    return result(tx, runId, step.id, `already with ${tx.state.users[chosen]?.name ?? chosen}`);
  if (current)
    tx.emit({
      type: 'conversation.unassigned',
      conversationId: conversation.id,
      userId: current,
      reason: 'transfer',
    });
  tx.emit({ type: 'conversation.assigned', conversationId: conversation.id, userId: chosen, by: 'reassign' });
  tx.emit({
    type: 'workflow.step_result',
    runId,
    workflowId: tx.state.workflowRuns[runId]!.workflowId,
    conversationId: conversation.id,
    stepId: step.id,
    result: `assigned to ${tx.state.users[chosen]?.name ?? chosen}${current ? ` (was ${tx.state.users[current]?.name ?? current})` : ''}`,
    ...(current ? { previousAssigneeId: current } : {}),
    ...(rotation ? { rotation } : {}),
  });
}

function chooseAgent(
  tx: Tx,
  step: Extract<Step, { kind: 'assign' }>,
  current?: string,
): { userId?: string; rotation?: { key: string; position: number } } {
  const qualifies = (userId: string) => {
    const user = tx.state.users[userId];
    return Boolean(user) && (!step.onlineOnly || user!.presence === 'online');
  };
  if (step.target.kind === 'agent')
    return qualifies(step.target.userId) ? { userId: step.target.userId } : {};
  const all = tx.state.departments[step.target.departmentId]?.memberIds ?? [];
  const eligible = (id: string) => id !== current && qualifies(id);
  if (step.target.strategy === 'least_open') {
    const members = all.filter(eligible);
    if (members.length === 0) return {};
    return {
      userId: members.reduce((best, id) =>
        tx.state.users[id]!.chatSessions < tx.state.users[best]!.chatSessions ? id : best,
      ),
    };
  }
  const key = `workflow:${step.target.departmentId}`;
  const last = tx.state.rotation[key] ?? -1;
  for (let i = 1; i <= all.length; i += 1) {
    const position = (last + i) % all.length;
    if (eligible(all[position]!)) return { userId: all[position]!, rotation: { key, position } };
  }
  return {};
}
