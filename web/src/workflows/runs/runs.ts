import type { WorkflowLogEvent } from '../types.ts';

/** One run of a workflow as its log tells it. */
export interface Run {
  runId: string;
  version?: number;
  conversationId?: string;
  callId?: string;
  /** call_missed: who called (the run's subject, said by name rather than by id). */
  caller?: string;
  /** A conversation's run: whom the conversation is with. */
  contact?: { address: string; name?: string };
  startedAt: string;
  /** Its run_started is among the events read (a log read from its newest end may not reach it yet). */
  started?: true;
  finished?: { at: string; reason: string };
  entries: WorkflowLogEvent[];
}

const runEvents = new Set([
  'workflow.run_started',
  'workflow.step_entered',
  'workflow.branch_taken',
  'workflow.step_result',
  'workflow.run_finished',
]);

/** The log's events grouped by run, newest run first; configuration events are left out. */
export function groupRuns(events: WorkflowLogEvent[]): Run[] {
  const runs = new Map<string, Run>();
  for (const event of events) {
    const runId = event.data.runId;
    if (!runId || !runEvents.has(event.type)) continue;
    let run = runs.get(runId);
    if (!run) {
      run = { runId, startedAt: event.at, entries: [] };
      runs.set(runId, run);
    }
    if (event.data.conversationId) run.conversationId = event.data.conversationId;
    if (event.data.callId) run.callId = event.data.callId;
    if (event.type === 'workflow.run_started') {
      run.version = event.data.version;
      if (typeof event.data.call?.from === 'string') run.caller = event.data.call.from;
      if (event.data.contact) run.contact = event.data.contact;
      run.startedAt = event.at;
      run.started = true;
    } else if (event.type === 'workflow.run_finished') {
      run.finished = { at: event.at, reason: event.data.reason ?? 'end' };
    } else run.entries.push(event);
  }
  return [...runs.values()].reverse();
}
