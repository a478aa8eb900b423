import { type CallsReportRow, type ConversationsReportRow, reportColumns } from '../../api/reports.ts';
import { callbackIdOf, callbackIdOfPlaced } from '../../engine/callback/callback.ts';
import type { CallRecord, Store } from '../../store/port.ts';

export interface Period {
  from: number;
  to: number;
}

function iso(ms: number): string;
function iso(ms: number | undefined): string | undefined;
function iso(ms: number | undefined) {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}
const seconds = (ms: number | undefined) => (ms === undefined ? undefined : Math.round(ms / 1000));

/** The calls report's columns, in order: the CSV header and each JSON row's keys. */
export const callColumns = reportColumns('calls');

export type CallRow = CallsReportRow;

const pageSize = 500;

/**
 * R3: the callback a call leads to (the caller left the queue for it) or was placed for, so a
 * row of this report finds its row in the callbacks report.
 */
function callbackOf(call: CallRecord): string | undefined {
  if (call.outcome === 'callback') return callbackIdOf(call.id);
  return call.direction === 'outbound' ? callbackIdOfPlaced(call.id) : undefined;
}

/**
 * I3: one row per call started in the period, page by page from the read model, so a month of
 * a large centre never sits in memory: the caller writes each row out as it comes.
 */
export async function* callRows(store: Store, workspaceId: string, period: Period): AsyncGenerator<CallRow> {
  let cursor: string | undefined;
  do {
    const page = await store.listCalls(workspaceId, {
      from: period.from,
      to: period.to,
      limit: pageSize,
      cursor,
    });
    for (const call of page.items) {
      const transfers = await store.history(workspaceId, {
        entityType: 'call',
        entityId: call.id,
        types: ['call.transfer_completed'],
        limit: 1000,
      });
      const recordings = await store.listMedia(workspaceId, {
        kind: 'recording',
        callId: call.id,
        limit: 100,
      });
      const waitedUntil = call.answeredAt ?? call.endedAt;
      yield {
        callId: call.id,
        direction: call.direction,
        startedAt: iso(call.startedAt),
        answeredAt: iso(call.answeredAt),
        endedAt: iso(call.endedAt),
        numberId: call.numberId,
        from: call.from,
        to: call.to,
        contactId: call.contactId,
        status: call.status,
        outcome: call.outcome,
        waitSeconds: waitedUntil === undefined ? undefined : seconds(waitedUntil - call.startedAt),
        talkSeconds:
          call.answeredAt === undefined || call.endedAt === undefined
            ? undefined
            : seconds(call.endedAt - call.answeredAt),
        answeredBy: call.answeredAt === undefined ? undefined : call.agentId,
        transfers: transfers.length,
        recordings: recordings.items.map((recording) => recording.id).join(' ') || undefined,
        callbackId: callbackOf(call),
      };
    }
    cursor = page.nextCursor;
  } while (cursor);
}

export const conversationColumns = reportColumns('conversations');

export type ConversationRow = ConversationsReportRow;

/** I3: one row per conversation opened in the period, page by page. */
export async function* conversationRows(
  store: Store,
  workspaceId: string,
  period: Period,
): AsyncGenerator<ConversationRow> {
  let cursor: string | undefined;
  do {
    const page = await store.listConversations(workspaceId, {
      openedFrom: period.from,
      openedTo: period.to,
      limit: pageSize,
      cursor,
    });
    for (const conversation of page.items)
      yield {
        conversationId: conversation.id,
        channel: conversation.channel,
        contactAddress: conversation.contact.address,
        contactName: conversation.contact.name,
        contactId: conversation.contact.contactId,
        departmentId: conversation.departmentId,
        assigneeId: conversation.assigneeId,
        status: conversation.status,
        openedAt: iso(conversation.openedAt),
        resolvedAt: iso(conversation.resolvedAt),
        resolvedBy: conversation.resolvedBy,
        lastTransferFrom: conversation.transfer?.fromUserId,
        lastTransferReason: conversation.transfer?.reason,
      };
    cursor = page.nextCursor;
  } while (cursor);
}
