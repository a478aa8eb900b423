import type { Event } from '../events.ts';
import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import type { Call } from '../voice/call.ts';
import { matchesTrigger, type Subject } from './conditions.ts';
import {
  type MissedCall,
  type MissedCallOutcome,
  missedCallOutcomes,
  type TriggerKind,
  type WorkflowDefinition,
} from './definition.ts';
import { advance } from './run.ts';

interface Published {
  workflowId: string;
  version: number;
  definition: WorkflowDefinition;
}

/** The enabled workflows' latest versions: what runs (F1). */
function published(state: WorkspaceState): Published[] {
  const live: Published[] = [];
  for (const workflow of Object.values(state.workflows)) {
    const definition = workflow.versions.at(-1);
    if (workflow.enabled && definition)
      live.push({ workflowId: workflow.id, version: workflow.versions.length, definition });
  }
  return live;
}

const isMissed = (outcome: string): outcome is MissedCallOutcome =>
  (missedCallOutcomes as readonly string[]).includes(outcome);

/**
 * An inbound call that ended unanswered. The call has left the state by now (ended calls do),
 * so it is read from the call as it stood when it ended (Tx.endedCalls), or else from its
 * call.received event.
 */
function missedCall(
  state: WorkspaceState,
  event: Extract<Event, { type: 'call.ended' }>,
  events: Event[],
  callsBefore: ReadonlyMap<string, Call>,
): MissedCall | undefined {
  if (!isMissed(event.outcome)) return undefined;
  const before = callsBefore.get(event.callId);
  const received = before
    ? undefined
    : events.find(
        (candidate): candidate is Extract<Event, { type: 'call.received' }> =>
          candidate.type === 'call.received' && candidate.callId === event.callId,
      );
  const call = before
    ? before.direction === 'inbound'
      ? { numberId: before.numberId, from: before.from, contactId: before.contactId }
      : undefined
    : received;
  if (!call) return undefined;
  const contactId = call.contactId ?? state.contactByPhone.get(call.from);
  return {
    callId: event.callId,
    numberId: call.numberId,
    from: call.from,
    ...(contactId ? { contactId } : {}),
    outcome: event.outcome,
  };
}

/** What an event starts: a trigger kind and what its conditions read. */
function triggered(
  state: WorkspaceState,
  event: Event,
  events: Event[],
  callsBefore: ReadonlyMap<string, Call>,
): { kind: TriggerKind; subject: Subject } | undefined {
  if (event.type === 'conversation.opened' || event.type === 'conversation.unassigned') {
    const conversation = state.conversations[event.conversationId];
    if (!conversation) return undefined;
    const kind = event.type === 'conversation.opened' ? 'conversation_opened' : 'conversation_unassigned';
    return { kind, subject: { conversation } };
  }
  if (event.type === 'call.ended') {
    const call = missedCall(state, event, events, callsBefore);
    return call ? { kind: 'call_missed', subject: { call } } : undefined;
  }
  return undefined;
}

/**
 * F2: start a run of every enabled, published workflow whose trigger matches these events.
 * Only the given events start runs: what the runs themselves do (a conversation a callback
 * opens, one an assign step takes from an agent) starts nothing more.
 */
export function startWorkflowRuns(
  tx: Tx,
  events: Event[],
  /** The calls that ended in this decision, as they stood then (Tx.endedCalls). */
  callsBefore: ReadonlyMap<string, Call> = new Map(),
): void {
  const workflows = published(tx.state);
  if (workflows.length === 0) return;
  for (const event of events) {
    const started = triggered(tx.state, event, events, callsBefore);
    if (!started) continue;
    for (const { workflowId, version, definition } of workflows) {
      if (definition.trigger.kind !== started.kind) continue;
      if (!matchesTrigger(tx.state, definition.trigger, started.subject)) continue;
      const runId = `wfr_${tx.state.workflowRunsStarted + 1}`;
      const { conversation, call } = started.subject;
      const subject = conversation
        ? {
            conversationId: conversation.id,
            // Who, for the run log to name: address and name only (an email has no business there).
            contact: {
              address: conversation.contact.address,
              ...(conversation.contact.name ? { name: conversation.contact.name } : {}),
            },
          }
        : { callId: call!.callId, call: call! };
      tx.emit({
        type: 'workflow.run_started',
        runId,
        workflowId,
        version,
        ...subject,
        stepId: definition.start,
      });
      advance(tx, runId, definition.start);
    }
  }
}
