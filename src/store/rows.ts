import type { Event, StoredEvent } from '../engine/events.ts';
import type { ConversationUpdate } from './conversation-projection.ts';
import type {
  ApiKeyRecord,
  CallParticipation,
  CallRecord,
  ConversationRecord,
  DirectoryEntry,
  MediaRecord,
  MessageRecord,
  SessionRecord,
  VisitorRecord,
} from './port.ts';

/**
 * Read-model rows as both SQL adapters return them (snake_case columns, NULL for absent),
 * turned into the port's records in one place. Both schemas name their columns alike.
 */
export type Row = Record<string, unknown>;

export const optional = <K extends string>(key: K, value: unknown) =>
  value === null || value === undefined ? {} : ({ [key]: value } as Record<K, never>);

export function toStored(row: Row): StoredEvent {
  return {
    workspaceId: row.workspace_id as string,
    seq: row.seq as number,
    at: row.at as number,
    event: JSON.parse(row.data as string) as Event,
  };
}

export type CallColumn = Exclude<keyof CallRecord, 'participation'>;

export const callColumns: Record<CallColumn, string> = {
  id: 'id',
  workspaceId: 'workspace_id',
  direction: 'direction',
  numberId: 'number_id',
  from: 'from_number',
  to: 'to_number',
  contactId: 'contact_id',
  agentId: 'agent_id',
  status: 'status',
  outcome: 'outcome',
  startedAt: 'started_at',
  answeredAt: 'answered_at',
  endedAt: 'ended_at',
};

export function toCall(row: Row): CallRecord {
  const call: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(callColumns)) if (row[column] !== null) call[key] = row[column];
  return call as unknown as CallRecord;
}

export function toParticipation(row: Row): CallParticipation {
  return {
    userId: row.user_id as string,
    ...optional('offeredAt', row.offered_at),
    ...optional('answeredAt', row.answered_at),
    ...optional('placedAt', row.placed_at),
    ...optional('transferredAt', row.transferred_at),
  };
}

/** A call row read with its participant's columns prefixed p_ (an agent's call list). */
export function toCallOf(participant: string, row: Row): CallRecord {
  const call = toCall(row);
  call.participation = toParticipation({
    user_id: participant,
    offered_at: row.p_offered_at ?? null,
    answered_at: row.p_answered_at ?? null,
    placed_at: row.p_placed_at ?? null,
    transferred_at: row.p_transferred_at ?? null,
  });
  return call;
}

export function toMedia(row: Row): MediaRecord {
  return {
    id: row.id as string,
    workspaceId: row.workspace_id as string,
    kind: row.kind as MediaRecord['kind'],
    callId: row.call_id as string,
    numberId: row.number_id as string,
    from: row.from_number as string,
    durationMs: row.duration_ms as number,
    createdAt: row.created_at as number,
    ...optional('heardAt', row.heard_at),
    ...optional('heardBy', row.heard_by),
  };
}

export function toConversation(row: Row): ConversationRecord {
  return {
    id: row.id as string,
    workspaceId: row.workspace_id as string,
    channel: row.channel as string,
    contact: {
      address: row.contact_address as string,
      ...optional('name', row.contact_name),
      ...optional('email', row.contact_email),
      ...optional('contactId', row.contact_id),
    },
    ...optional('departmentId', row.department_id),
    ...optional('assigneeId', row.assignee_id),
    status: row.status as ConversationRecord['status'],
    openedAt: row.opened_at as number,
    ...optional('lastIncomingAt', row.last_incoming_at),
    ...optional('lastOutgoingAt', row.last_outgoing_at),
    ...optional('resolvedAt', row.resolved_at),
    ...optional('resolvedBy', row.resolved_by),
    ...(row.transfer === null ? {} : { transfer: JSON.parse(row.transfer as string) }),
  };
}

/** The conversations table's column for each field an event may change. */
export const conversationColumns: Record<keyof ConversationUpdate, string> = {
  status: 'status',
  departmentId: 'department_id',
  assigneeId: 'assignee_id',
  lastIncomingAt: 'last_incoming_at',
  lastOutgoingAt: 'last_outgoing_at',
  resolvedAt: 'resolved_at',
  resolvedBy: 'resolved_by',
  transfer: 'transfer',
};

export function toMessage(row: Row): MessageRecord {
  return {
    workspaceId: row.workspace_id as string,
    conversationId: row.conversation_id as string,
    seq: row.seq as number,
    id: row.id as string,
    kind: row.kind as MessageRecord['kind'],
    visibility: row.visibility as MessageRecord['visibility'],
    ...optional('userId', row.user_id),
    text: row.text as string,
    at: row.at as number,
  };
}

export function toApiKey(row: Row): ApiKeyRecord {
  return {
    id: row.id as string,
    workspaceId: (row.workspace_id as string | null) ?? undefined,
    name: row.name as string,
    role: row.role as ApiKeyRecord['role'],
    hash: row.hash as string,
    prefix: row.prefix as string,
    createdAt: row.created_at as number,
    revokedAt: (row.revoked_at as number | null) ?? undefined,
  };
}

export function toSession(row: Row): SessionRecord {
  return {
    tokenHash: row.token_hash as string,
    workspaceId: row.workspace_id as string,
    userId: row.user_id as string,
    createdAt: row.created_at as number,
    expiresAt: row.expires_at as number,
  };
}

export function toVisitor(row: Row): VisitorRecord {
  return {
    tokenHash: row.token_hash as string,
    workspaceId: row.workspace_id as string,
    address: row.address as string,
    ...optional('name', row.name),
    ...optional('email', row.email),
    ...optional('departmentId', row.department_id),
    createdAt: row.created_at as number,
  };
}

export function toDirectoryEntry(row: Row): DirectoryEntry {
  return {
    workspaceId: row.workspace_id as string,
    userId: row.user_id as string,
    email: row.email as string,
    name: row.name as string,
  };
}
