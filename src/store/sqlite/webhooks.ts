import type Database from 'better-sqlite3';
import { invalid } from '../../domain/errors.ts';
import type { Page } from '../port.ts';
import type { WebhookAttempt, WebhookDeliveries, WebhookDeliveryRecord } from '../webhook-deliveries.ts';

type Row = Record<string, unknown>;
type Prepare = (sql: string) => Database.Statement;

const optional = (key: string, value: unknown) =>
  value === null || value === undefined ? {} : { [key]: value };

function toDelivery(row: Row): WebhookDeliveryRecord {
  return {
    id: row.id as string,
    workspaceId: row.workspace_id as string,
    webhookId: row.webhook_id as string,
    seq: row.seq as number,
    index: row.idx as number,
    type: row.type as string,
    orderingKey: row.ordering_key as string,
    body: row.body as string,
    status: row.status as WebhookDeliveryRecord['status'],
    attempts: row.attempts as number,
    createdAt: row.created_at as number,
    ...optional('nextAttemptAt', row.next_attempt_at),
    ...optional('lastAttemptAt', row.last_attempt_at),
    ...optional('responseStatus', row.response_status),
    ...optional('responseMs', row.response_ms),
    ...optional('error', row.error),
  } as WebhookDeliveryRecord;
}

/** Log pages go newest first by (seq, index); the cursor carries the last one shown. */
function encodeCursor(seq: number, index: number): string {
  return Buffer.from(JSON.stringify([seq, index])).toString('base64url');
}

function decodeCursor(cursor: string): [number, number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && Number.isInteger(value[0]) && Number.isInteger(value[1]))
      return [value[0], value[1]];
  } catch {}
  throw invalid('cursor', 'cursor is not one this list gave');
}

/** I1's delivery state in SQLite: a row per subscription (secret, cursor) and per delivery. */
export class SqliteWebhooks implements WebhookDeliveries {
  constructor(
    private readonly db: Database.Database,
    private readonly stmt: Prepare,
  ) {}

  async saveWebhookSecret(workspaceId: string, webhookId: string, secret: string): Promise<void> {
    this.stmt(
      `INSERT INTO webhook_subscriptions (workspace_id, webhook_id, secret) VALUES (?, ?, ?)
       ON CONFLICT (workspace_id, webhook_id) DO UPDATE SET secret = excluded.secret`,
    ).run(workspaceId, webhookId, secret);
  }

  async getWebhookSecret(workspaceId: string, webhookId: string): Promise<string | undefined> {
    const row = this.stmt(
      'SELECT secret FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?',
    ).get(workspaceId, webhookId) as Row | undefined;
    return (row?.secret as string | null) ?? undefined;
  }

  async webhookCursor(workspaceId: string, webhookId: string): Promise<number | undefined> {
    const row = this.stmt(
      'SELECT cursor FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?',
    ).get(workspaceId, webhookId) as Row | undefined;
    return (row?.cursor as number | null) ?? undefined;
  }

  async enqueueWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    cursor: number,
    deliveries: WebhookDeliveryRecord[],
  ): Promise<void> {
    const insert = this.stmt(
      `INSERT OR IGNORE INTO webhook_deliveries (workspace_id, id, webhook_id, seq, idx, type, ordering_key, body,
         status, attempts, created_at, next_attempt_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const setCursor = this.stmt(
      `INSERT INTO webhook_subscriptions (workspace_id, webhook_id, cursor) VALUES (?, ?, ?)
       ON CONFLICT (workspace_id, webhook_id) DO UPDATE SET cursor = excluded.cursor`,
    );
    this.db.transaction(() => {
      for (const d of deliveries)
        insert.run(
          workspaceId,
          d.id,
          webhookId,
          d.seq,
          d.index,
          d.type,
          d.orderingKey,
          d.body,
          d.status,
          d.attempts,
          d.createdAt,
          d.nextAttemptAt ?? null,
        );
      setCursor.run(workspaceId, webhookId, cursor);
    })();
  }

  async dueWebhookDeliveries(
    workspaceId: string,
    now: number,
    limit: number,
  ): Promise<WebhookDeliveryRecord[]> {
    const rows = this.stmt(
      `SELECT d.* FROM webhook_deliveries d
       WHERE d.workspace_id = ? AND d.status = 'pending' AND d.next_attempt_at <= ?
         AND NOT EXISTS (
           SELECT 1 FROM webhook_deliveries e
           WHERE e.workspace_id = d.workspace_id AND e.webhook_id = d.webhook_id
             AND e.ordering_key = d.ordering_key AND e.status = 'pending'
             AND (e.seq < d.seq OR (e.seq = d.seq AND e.idx < d.idx)))
       ORDER BY d.next_attempt_at, d.seq, d.idx LIMIT ?`,
    ).all(workspaceId, now, limit) as Row[];
    return rows.map(toDelivery);
  }

  async recordWebhookAttempt(
    workspaceId: string,
    deliveryId: string,
    attempt: WebhookAttempt,
  ): Promise<void> {
    const status = attempt.delivered
      ? 'delivered'
      : attempt.nextAttemptAt === undefined
        ? 'failed'
        : 'pending';
    this.stmt(
      `UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?,
         response_status = ?, response_ms = ?, error = ?
       WHERE workspace_id = ? AND id = ?`,
    ).run(
      status,
      attempt.at,
      attempt.delivered ? null : (attempt.nextAttemptAt ?? null),
      attempt.responseStatus ?? null,
      Math.round(attempt.responseMs),
      attempt.error ?? null,
      workspaceId,
      deliveryId,
    );
  }

  async getWebhookDelivery(
    workspaceId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryRecord | undefined> {
    const row = this.stmt('SELECT * FROM webhook_deliveries WHERE workspace_id = ? AND id = ?').get(
      workspaceId,
      deliveryId,
    ) as Row | undefined;
    return row && toDelivery(row);
  }

  async listWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    query: { limit: number; cursor?: string; status?: WebhookDeliveryRecord['status'] },
  ): Promise<Page<WebhookDeliveryRecord>> {
    const [seq, index] = query.cursor ? decodeCursor(query.cursor) : [Number.MAX_SAFE_INTEGER, 0];
    const rows = this.stmt(
      `SELECT * FROM webhook_deliveries
       WHERE workspace_id = ? AND webhook_id = ? AND (seq < ? OR (seq = ? AND idx < ?))
         AND (? IS NULL OR status = ?)
       ORDER BY seq DESC, idx DESC LIMIT ?`,
    ).all(
      workspaceId,
      webhookId,
      seq,
      seq,
      index,
      query.status ?? null,
      query.status ?? null,
      query.limit + 1,
    ) as Row[];
    const items = rows.slice(0, query.limit).map(toDelivery);
    const last = items.at(-1);
    return rows.length > query.limit && last
      ? { items, nextCursor: encodeCursor(last.seq, last.index) }
      : { items };
  }

  async replayWebhookDelivery(workspaceId: string, deliveryId: string, now: number): Promise<boolean> {
    const result = this.stmt(
      `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ? WHERE workspace_id = ? AND id = ?`,
    ).run(now, workspaceId, deliveryId);
    return result.changes > 0;
  }

  async forgetWebhook(workspaceId: string, webhookId: string): Promise<void> {
    this.db.transaction(() => {
      this.stmt('DELETE FROM webhook_deliveries WHERE workspace_id = ? AND webhook_id = ?').run(
        workspaceId,
        webhookId,
      );
      this.stmt('DELETE FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?').run(
        workspaceId,
        webhookId,
      );
    })();
  }
}
