import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';
import { contactOf } from './conditions.ts';
import type { MissedCall, MissedCallOutcome, Step } from './definition.ts';
import { logResult, runSubject } from './log.ts';

type CreateStep = Extract<Step, { kind: 'create_conversation' }>;

const outcomeWords: Record<MissedCallOutcome, string> = {
  missed: 'nobody answered',
  abandoned: 'the caller hung up while waiting',
  no_agent: 'nobody was online',
  out_of_hours: 'it came out of hours',
  voicemail: 'they left a voicemail',
};

export const defaultCallbackNote =
  'Missed call from {{contact}} ({{caller}}) to {{number}}: {{outcome}}. Call them back.';

/** Where a callback goes when the step names no department: the first by name, as for a channel. */
function defaultDepartment(state: WorkspaceState): string | undefined {
  return Object.values(state.departments).sort((a, b) => a.name.localeCompare(b.name))[0]?.id;
}

function noteFor(tx: Tx, step: CreateStep, call: MissedCall): string {
  const contact = contactOf(tx.state, { call });
  const number = tx.state.numbers[call.numberId];
  return (step.text ?? defaultCallbackNote)
    .replaceAll('{{caller}}', call.from)
    .replaceAll('{{contact}}', contact?.name ?? 'an unknown caller')
    .replaceAll(
      '{{number}}',
      !number
        ? call.numberId
        : number.label === number.e164
          ? number.e164
          : `${number.label} (${number.e164})`,
    )
    .replaceAll('{{outcome}}', outcomeWords[call.outcome]);
}

/**
 * call_missed: a conversation to call the caller back, on the step's channel, with the
 * caller's number as the contact's address and the CRM contact when known. A caller who
 * already has one open on that channel (they called twice) gets a note in it rather than a
 * second one. The conversation waits in its department's queue; the steps after this one
 * (assign, wait, branch…) act on it. Returns false when there is no call to call back.
 */
export function openCallback(tx: Tx, runId: string, step: CreateStep): boolean {
  const run = tx.state.workflowRuns[runId]!;
  const call = run.call;
  if (!call) {
    logResult(tx, runId, step.id, {
      result: 'no missed call to call back',
      outcome: { code: 'no_missed_call' },
    });
    return false;
  }
  if (run.conversationId && tx.state.conversations[run.conversationId]) {
    logResult(tx, runId, step.id, {
      result: 'already acting on a conversation',
      outcome: { code: 'already_acting' },
    });
    return true;
  }
  const existing = Object.values(tx.state.conversations).find(
    (conversation) => conversation.channel === step.channel && conversation.contact.address === call.from,
  );
  // Run ids are never reused in a workspace, so neither is this (resolved conversations keep theirs).
  const conversationId = existing?.id ?? `callback_${runId}`;
  if (!existing) {
    const contact = contactOf(tx.state, { call });
    const departmentId = step.departmentId ?? defaultDepartment(tx.state);
    tx.emit({
      type: 'conversation.opened',
      conversationId,
      channel: step.channel,
      contact: {
        address: call.from,
        ...(contact ? { name: contact.name, contactId: contact.id } : {}),
      },
      ...(departmentId ? { departmentId } : {}),
    });
    if (departmentId)
      tx.emit({
        type: 'conversation.queued',
        conversationId,
        departmentId,
        position: (tx.state.chatQueues[departmentId]?.length ?? 0) + 1,
      });
  }
  tx.emit({
    type: 'conversation.note_added',
    conversationId,
    noteId: `${runId}.${step.id}`,
    text: noteFor(tx, step, call),
    kind: 'note',
  });
  tx.emit({
    type: 'workflow.step_result',
    ...runSubject(tx, runId),
    conversationId,
    stepId: step.id,
    result: existing
      ? 'the caller already has a conversation open: noted the missed call there'
      : `opened a callback conversation on ${step.channel}`,
    outcome: existing
      ? { code: 'callback_noted' }
      : { code: 'callback_opened', params: { channel: step.channel } },
    linkedConversationId: conversationId,
  });
  return true;
}
