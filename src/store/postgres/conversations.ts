import { invalid } from '../../domain/errors.ts';
import type { ConversationChange, ConversationUpdate } from '../conversation-projection.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { ConversationQuery, ConversationRecord, MessageQuery, MessageRecord, Page } from '../port.ts';
import { conversationColumns, toConversation, toMessage } from '../rows.ts';
import { all, type Db, one, run } from './sql.ts';

/** The conversations and messages read model (C1, C3) in PostgreSQL. */
export async function projectConversationChange(
  db: Db,
  workspaceId: string,
  change: ConversationChange,
): Promise<void> {
  switch (change.kind) {
    case 'conversation.open':
      return open(db, change.conversation, change.seq);
    case 'conversation.update':
      return update(db, workspaceId, change.conversationId, change.fields);
    case 'message.add': {
      const m = change.message;
      await run(
        db,
        `INSERT INTO messages (workspace_id, conversation_id, seq, id, kind, visibility, user_id, text, at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [workspaceId, m.conversationId, m.seq, m.id, m.kind, m.visibility, m.userId ?? null, m.text, m.at],
      );
      return;
    }
  }
}

/** An id opened again starts the row afresh rather than failing the commit (as in SQLite). */
async function open(db: Db, c: ConversationRecord, seq: number): Promise<void> {
  await run(
    db,
    `INSERT INTO conversations (workspace_id, id, channel, contact_address, contact_name, contact_email,
       contact_id, department_id, status, opened_at, opened_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (workspace_id, id) DO UPDATE SET channel = EXCLUDED.channel,
       contact_address = EXCLUDED.contact_address, contact_name = EXCLUDED.contact_name,
       contact_email = EXCLUDED.contact_email,
       contact_id = EXCLUDED.contact_id, department_id = EXCLUDED.department_id, assignee_id = NULL,
       status = EXCLUDED.status, opened_at = EXCLUDED.opened_at, opened_seq = EXCLUDED.opened_seq,
       last_incoming_at = NULL, last_outgoing_at = NULL, resolved_at = NULL, resolved_by = NULL,
       transfer = NULL`,
    [
      c.workspaceId,
      c.id,
      c.channel,
      c.contact.address,
      c.contact.name ?? null,
      c.contact.email ?? null,
      c.contact.contactId ?? null,
      c.departmentId ?? null,
      c.status,
      c.openedAt,
      seq,
    ],
  );
}

async function update(
  db: Db,
  workspaceId: string,
  conversationId: string,
  fields: ConversationUpdate,
): Promise<void> {
  const entries = Object.entries(fields).filter(([, value]) => value !== undefined);
  if (entries.length === 0) return;
  const sets = entries
    .map(([key]) => `${conversationColumns[key as keyof ConversationUpdate]} = ?`)
    .join(', ');
  const values = entries.map(([key, value]) => (key === 'transfer' ? JSON.stringify(value) : value));
  await run(db, `UPDATE conversations SET ${sets} WHERE workspace_id = ? AND id = ?`, [
    ...values,
    workspaceId,
    conversationId,
  ]);
}

export async function getConversation(
  db: Db,
  workspaceId: string,
  conversationId: string,
): Promise<ConversationRecord | undefined> {
  const row = await one(db, 'SELECT * FROM conversations WHERE workspace_id = ? AND id = ?', [
    workspaceId,
    conversationId,
  ]);
  return row ? toConversation(row) : undefined;
}

export async function latestConversationOf(
  db: Db,
  workspaceId: string,
  channel: string,
  address: string,
): Promise<ConversationRecord | undefined> {
  const row = await one(
    db,
    `SELECT * FROM conversations WHERE workspace_id = ? AND channel = ? AND contact_address = ?
       ORDER BY opened_seq DESC LIMIT 1`,
    [workspaceId, channel, address],
  );
  return row ? toConversation(row) : undefined;
}

export async function listConversations(
  db: Db,
  workspaceId: string,
  query: ConversationQuery,
): Promise<Page<ConversationRecord>> {
  const where = ['workspace_id = ?'];
  const params: Array<string | number> = [workspaceId];
  const filter = (clause: string, ...values: Array<string | number>) => {
    where.push(clause);
    params.push(...values);
  };
  if (query.status === 'open') filter("status <> 'resolved'");
  else if (query.status) filter('status = ?', query.status);
  if (query.assigneeId !== undefined) filter('assignee_id = ?', query.assigneeId);
  if (query.departmentId !== undefined) filter('department_id = ?', query.departmentId);
  if (query.pendingFor !== undefined) filter("status = 'pending' AND assignee_id = ?", query.pendingFor);
  if (query.channel !== undefined) filter('channel = ?', query.channel);
  if (query.openedFrom !== undefined) filter('opened_at >= ?', query.openedFrom);
  if (query.openedTo !== undefined) filter('opened_at < ?', query.openedTo);
  if (query.scope) {
    const { userId, departmentIds } = query.scope;
    const queues =
      departmentIds.length === 0
        ? ''
        : ` OR (status = 'queued' AND department_id IN (${departmentIds.map(() => '?').join(', ')}))`;
    filter(`(assignee_id = ?${queues})`, userId, ...departmentIds);
  }
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw invalid('cursor', 'cursor is not one this API returned');
  // The cursor's number is the last conversation's opening seq: unique in its workspace.
  if (cursor) filter('opened_seq < ?', cursor.at);
  const rows = await all(
    db,
    `SELECT * FROM conversations WHERE ${where.join(' AND ')} ORDER BY opened_seq DESC LIMIT ?`,
    [...params, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const lastMessages = await lastContactMessages(
    db,
    workspaceId,
    page.map((row) => row.id as string),
  );
  const items = page.map((row) => {
    const conversation = toConversation(row);
    const lastMessage = lastMessages.get(conversation.id);
    return lastMessage ? { ...conversation, lastMessage } : conversation;
  });
  return rows.length > query.limit && last
    ? { items, nextCursor: encodeCursor(last.opened_seq as number, last.id as string) }
    : { items };
}

/** The last contact-visible message of each conversation of a page, in one query. */
async function lastContactMessages(
  db: Db,
  workspaceId: string,
  conversationIds: string[],
): Promise<Map<string, MessageRecord>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await all(
    db,
    `SELECT DISTINCT ON (conversation_id) * FROM messages
       WHERE workspace_id = ? AND conversation_id = ANY(?) AND visibility = 'contact'
       ORDER BY conversation_id, seq DESC`,
    [workspaceId, conversationIds],
  );
  return new Map(rows.map((row) => [row.conversation_id as string, toMessage(row)]));
}

export async function listMessages(
  db: Db,
  workspaceId: string,
  conversationId: string,
  query: MessageQuery,
): Promise<MessageRecord[]> {
  const visibility = query.includeInternal ? '' : " AND visibility = 'contact'";
  const rows = await all(
    db,
    `SELECT * FROM messages WHERE workspace_id = ? AND conversation_id = ? AND seq > ?${visibility}
       ORDER BY seq LIMIT ?`,
    [workspaceId, conversationId, query.afterSeq ?? 0, query.limit],
  );
  return rows.map(toMessage);
}

export async function getMessage(
  db: Db,
  workspaceId: string,
  conversationId: string,
  messageId: string,
): Promise<MessageRecord | undefined> {
  const row = await one(
    db,
    'SELECT * FROM messages WHERE workspace_id = ? AND conversation_id = ? AND id = ? ORDER BY seq LIMIT 1',
    [workspaceId, conversationId, messageId],
  );
  return row ? toMessage(row) : undefined;
}
