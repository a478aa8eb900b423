import type { StoredEvent } from '../../engine/events.ts';

/**
 * What a committed batch holds, read once for all the streams of its workspace: most of a
 * busy centre's events are calls' and timers', each of concern to the agents on that call
 * only, and every agent's stream went through all of them (0.17 µs an event a stream: 3 ms a
 * call with 2,000 consoles open, bench/stream-fanout.ts). A stream the summary shows none of
 * them concern filters the other events alone (StreamFilter.filter).
 */
export interface BatchSummary {
  /** The batch's events other than calls' and timers', in order. */
  others: StoredEvent[];
  /** The calls the batch's call events are about. */
  callIds: Set<string>;
  /** The users a call event of the batch puts on a leg (rung, answering, hanging up, calling out). */
  legUsers: Set<string>;
  /** The numbers of the voicemails left in the batch (V8: their users are told). */
  voicemailNumbers: Set<string>;
  /** Users a user.updated or user.removed of the batch is about: their role may change mid-batch. */
  usersChanged: Set<string>;
  /** Whether the batch changes who is assigned to a number (a voicemail after it may reach someone new). */
  membershipsChanged: boolean;
}

const changesMemberships = (type: string) =>
  type.startsWith('number.') ||
  type.startsWith('department.') ||
  type === 'user.created' ||
  type === 'user.updated';

export function summarize(batch: readonly StoredEvent[]): BatchSummary {
  const summary: BatchSummary = {
    others: [],
    callIds: new Set(),
    legUsers: new Set(),
    voicemailNumbers: new Set(),
    usersChanged: new Set(),
    membershipsChanged: false,
  };
  for (const stored of batch) {
    const { event } = stored;
    if (event.type.startsWith('timer.')) continue;
    if (!event.type.startsWith('call.')) {
      summary.others.push(stored);
      if (event.type === 'user.updated' || event.type === 'user.removed')
        summary.usersChanged.add(event.userId);
      if (changesMemberships(event.type)) summary.membershipsChanged = true;
      continue;
    }
    if ('callId' in event) summary.callIds.add(event.callId);
    if ('userId' in event && typeof event.userId === 'string') summary.legUsers.add(event.userId);
    if (event.type === 'call.voicemail_left') summary.voicemailNumbers.add(event.numberId);
  }
  return summary;
}
