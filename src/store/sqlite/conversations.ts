import type Database from 'better-sqlite3';
import { invalid } from '../../domain/errors.ts';
import type { ConversationChange, ConversationUpdate } from '../conversation-projection.ts';
import { decodeCursor, encodeCursor } from '../cursor.ts';
import type { ConversationQuery, ConversationRecord, MessageQuery, MessageRecord, Page } from '../port.ts';
import { conversationColumns, type Row, toConversation, toMessage } from '../rows.ts';
import type { Prepare } from './statement-cache.ts';

/** The conversations and messages read model (C1, C3) in SQLite. */
export class SqliteConversations {
  constructor(
    private readonly db: Database.Database,
    private readonly stmt: Prepare,
  ) {}

  project(workspaceId: string, change: ConversationChange): void {
    switch (change.kind) {
      case 'conversation.open':
        return this.open(change.conversation, change.seq);
      case 'conversation.update':
        return this.update(workspaceId, change.conversationId, change.fields);
      case 'message.add': {
        const m = change.message;
        this.stmt(
          `INSERT INTO messages (workspace_id, conversation_id, seq, id, kind, visibility, user_id, text, at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          workspaceId,
          m.conversationId,
          m.seq,
          m.id,
          m.kind,
          m.visibility,
          m.userId ?? null,
          m.text,
          m.at,
        );
        return;
      }
    }
  }

  /** An id opened again (it should not happen: the API opens new ids) starts the row afresh rather than failing the commit. */
  private open(c: ConversationRecord, seq: number): void {
    this.stmt(
      `INSERT INTO conversations (workspace_id, id, channel, contact_address, contact_name, contact_email,
         contact_id, department_id, status, opened_at, opened_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (workspace_id, id) DO UPDATE SET channel = excluded.channel,
         contact_address = excluded.contact_address, contact_name = excluded.contact_name,
         contact_email = excluded.contact_email,
         contact_id = excluded.contact_id, department_id = excluded.department_id, assignee_id = NULL,
         status = excluded.status, opened_at = excluded.opened_at, opened_seq = excluded.opened_seq,
         last_incoming_at = NULL,
         last_outgoing_at = NULL, resolved_at = NULL, resolved_by = NULL, transfer = NULL`,
    ).run(
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
    );
  }

  private update(workspaceId: string, conversationId: string, fields: ConversationUpdate): void {
    const entries = Object.entries(fields).filter(([, value]) => value !== undefined);
    if (entries.length === 0) return;
    const sets = entries
      .map(([key]) => `${conversationColumns[key as keyof ConversationUpdate]} = ?`)
      .join(', ');
    const values = entries.map(([key, value]) => (key === 'transfer' ? JSON.stringify(value) : value));
    this.stmt(`UPDATE conversations SET ${sets} WHERE workspace_id = ? AND id = ?`).run(
      ...(values as Array<string | number | null>),
      workspaceId,
      conversationId,
    );
  }

  get(workspaceId: string, conversationId: string): ConversationRecord | undefined {
    const row = this.stmt('SELECT * FROM conversations WHERE workspace_id = ? AND id = ?').get(
      workspaceId,
      conversationId,
    );
    return row ? toConversation(row as Row) : undefined;
  }

  latestOf(workspaceId: string, channel: string, address: string): ConversationRecord | undefined {
    const row = this.stmt(
      `SELECT * FROM conversations WHERE workspace_id = ? AND channel = ? AND contact_address = ?
         ORDER BY opened_seq DESC LIMIT 1`,
    ).get(workspaceId, channel, address);
    return row ? toConversation(row as Row) : undefined;
  }

  list(workspaceId: string, query: ConversationQuery): Page<ConversationRecord> {
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
    // The department list varies, so this SQL is prepared each time rather than cached.
    const rows = this.db
      .prepare(`SELECT * FROM conversations WHERE ${where.join(' AND ')} ORDER BY opened_seq DESC LIMIT ?`)
      .all(...params, query.limit + 1) as Row[];
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const lastMessages = this.lastMessages(
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
  private lastMessages(workspaceId: string, conversationIds: string[]): Map<string, MessageRecord> {
    if (conversationIds.length === 0) return new Map();
    const rows = this.db
      .prepare(
        `SELECT m.* FROM messages m
           WHERE m.workspace_id = ? AND m.conversation_id IN (${conversationIds.map(() => '?').join(', ')})
             AND m.seq = (SELECT MAX(l.seq) FROM messages l
               WHERE l.workspace_id = m.workspace_id AND l.conversation_id = m.conversation_id
                 AND l.visibility = 'contact')`,
      )
      .all(workspaceId, ...conversationIds) as Row[];
    return new Map(rows.map((row) => [row.conversation_id as string, toMessage(row)]));
  }

  messages(workspaceId: string, conversationId: string, query: MessageQuery): MessageRecord[] {
    const visibility = query.includeInternal ? '' : " AND visibility = 'contact'";
    return this.stmt(
      `SELECT * FROM messages WHERE workspace_id = ? AND conversation_id = ? AND seq > ?${visibility}
         ORDER BY seq LIMIT ?`,
    )
      .all(workspaceId, conversationId, query.afterSeq ?? 0, query.limit)
      .map((row) => toMessage(row as Row));
  }

  message(workspaceId: string, conversationId: string, messageId: string): MessageRecord | undefined {
    const row = this.stmt(
      'SELECT * FROM messages WHERE workspace_id = ? AND conversation_id = ? AND id = ? ORDER BY seq LIMIT 1',
    ).get(workspaceId, conversationId, messageId);
    return row ? toMessage(row as Row) : undefined;
  }
}
