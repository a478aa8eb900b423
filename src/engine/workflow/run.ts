import type { Conversation } from '../chat/conversation.ts';
import { serveDepartment } from '../chat/routing.ts';
import type { Tx } from '../tx.ts';
import { settleAfterSession } from '../workspace/presence.ts';
import { runAssign } from './assign.ts';
import { openCallback } from './callback.ts';
import { evaluate } from './conditions.ts';
import type { Step, WorkflowDefinition } from './definition.ts';
import { workflowTimerId } from './definition.ts';
import type { WorkflowEvent } from './events.ts';
import { logResult, runSubject } from './log.ts';

/** A run that loops without waiting stops here rather than spinning (a definition may cycle). */
const maxStepsAtOnce = 100;

type FinishReason = Extract<WorkflowEvent, { type: 'workflow.run_finished' }>['reason'];

function definitionOf(tx: Tx, runId: string): WorkflowDefinition | undefined {
  const run = tx.state.workflowRuns[runId];
  return run ? tx.state.workflows[run.workflowId]?.versions[run.version - 1] : undefined;
}

/** A wait is over: the run goes on from the wait's next step (F5). */
export function resumeRun(tx: Tx, runId: string): void {
  const run = tx.state.workflowRuns[runId];
  const step = definitionOf(tx, runId)?.steps.find((candidate) => candidate.id === run?.stepId);
  if (!run || step?.kind !== 'wait') return;
  if (step.next) return advance(tx, runId, step.next);
  finish(tx, runId, 'end');
}

export function finish(tx: Tx, runId: string, reason: FinishReason): void {
  if (tx.state.workflowRuns[runId])
    tx.emit({ type: 'workflow.run_finished', ...runSubject(tx, runId), reason });
}

/** Runs steps from `from` until one waits or the run ends. */
export function advance(tx: Tx, runId: string, from: string): void {
  // Evolve changes the run in place, so this one object follows it (and outlives its finish).
  const run = tx.state.workflowRuns[runId]!;
  let stepId: string | undefined = from;
  for (let count = 0; stepId && count < maxStepsAtOnce; count += 1) {
    const conversation = run.conversationId ? tx.state.conversations[run.conversationId] : undefined;
    if (run.conversationId && !conversation) return finish(tx, runId, 'conversation_resolved');
    const step: Step | undefined = definitionOf(tx, runId)?.steps.find(
      (candidate) => candidate.id === stepId,
    );
    if (!step) break;
    tx.emit({ type: 'workflow.step_entered', ...runSubject(tx, runId), stepId: step.id, kind: step.kind });
    const next = runStep(tx, runId, step, conversation);
    if (next === waiting || next === stopped) return settle(tx, run.conversationId);
    stepId = next;
  }
  // The end, or a loop of steps that never waits: either way the run stops here.
  finish(tx, runId, 'end');
  settle(tx, run.conversationId);
}

/**
 * Once the run pauses or ends, a conversation it left in a department's queue (a callback
 * it opened, one it queued because nobody qualified) is served at once if a member has room.
 */
function settle(tx: Tx, conversationId: string | undefined): void {
  const conversation = conversationId ? tx.state.conversations[conversationId] : undefined;
  if (conversation?.status === 'queued' && conversation.departmentId)
    serveDepartment(tx, conversation.departmentId);
}

/** Returned by a wait step: the run pauses until its timer (a symbol, so no step id can look like it). */
const waiting = Symbol('waiting');
/** Returned by a step that finished the run itself. */
const stopped = Symbol('stopped');

/** Steps that act on a conversation; a call_missed run has one only after create_conversation. */
const needsConversation = new Set<Step['kind']>(['assign', 'add_comment', 'close']);

/** Runs one step; returns the next step's id, undefined to end, `waiting` or `stopped`. */
function runStep(
  tx: Tx,
  runId: string,
  step: Step,
  conversation: Conversation | undefined,
): string | undefined | typeof waiting | typeof stopped {
  if (needsConversation.has(step.kind) && !conversation) {
    logResult(tx, runId, step.id, {
      result: 'there is no conversation to act on',
      outcome: { code: 'no_conversation' },
    });
    finish(tx, runId, 'no_conversation');
    return stopped;
  }
  switch (step.kind) {
    case 'assign':
      return runAssign(tx, runId, step, conversation!);
    case 'wait':
      tx.setTimer(workflowTimerId(runId), tx.now + step.seconds * 1000, { type: 'workflow.resume', runId });
      logResult(tx, runId, step.id, {
        result: `waiting ${step.seconds} s`,
        outcome: { code: 'waiting', params: { seconds: step.seconds } },
      });
      return waiting;
    case 'branch': {
      const run = tx.state.workflowRuns[runId]!;
      const subject = { ...(conversation ? { conversation } : {}), ...(run.call ? { call: run.call } : {}) };
      const outcomes = step.conditions.map((condition) => evaluate(tx.state, tx.now, condition, subject));
      const taken = step.match === 'all' ? outcomes.every((o) => o.holds) : outcomes.some((o) => o.holds);
      const why = outcomes.map((o) => o.why).join(step.match === 'all' ? ' and ' : ' or ');
      tx.emit({
        type: 'workflow.branch_taken',
        ...runSubject(tx, runId),
        stepId: step.id,
        path: taken ? 'onTrue' : 'onFalse',
        why,
      });
      return taken ? step.onTrue : step.onFalse;
    }
    case 'add_comment': {
      const run = tx.state.workflowRuns[runId]!;
      const text = fill(tx, step.text, run.previousAssigneeId, conversation!.assigneeId);
      tx.emit({
        type: 'conversation.note_added',
        conversationId: conversation!.id,
        noteId: `${runId}.${step.id}`,
        text,
        kind: 'note',
      });
      logResult(tx, runId, step.id, { result: 'internal note added', outcome: { code: 'note_added' } });
      return step.next;
    }
    case 'create_conversation':
      return openCallback(tx, runId, step) ? step.next : undefined;
    case 'close': {
      const { assigneeId, status } = conversation!;
      const holder = assigneeId && (status === 'assigned' || status === 'on_hold') ? assigneeId : undefined;
      tx.emit({
        type: 'conversation.resolved',
        conversationId: conversation!.id,
        ...(holder ? { assigneeId: holder } : {}),
      });
      // W5: an agent in pre_pause whose last session this was goes to pause.
      if (holder) settleAfterSession(tx, holder);
      return undefined;
    }
    case 'end':
      return undefined;
  }
}

/** Placeholders in comments: {{previous_assignee}} and {{assignee}}, by name. */
function fill(tx: Tx, text: string, previous?: string, current?: string): string {
  const name = (userId?: string) => (userId ? (tx.state.users[userId]?.name ?? userId) : 'nobody');
  return text.replaceAll('{{previous_assignee}}', name(previous)).replaceAll('{{assignee}}', name(current));
}
