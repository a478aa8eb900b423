import type Database from 'better-sqlite3';
import type { Page } from '../port.ts';
import type { WebhookAttempt, WebhookDeliveries, WebhookDeliveryRecord } from '../webhook-deliveries.ts';
import { decodeDeliveryCursor, deliveryCursor, type Row, toDelivery } from '../webhook-rows.ts';

type Prepare = (sql: string) => Database.Statement;

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
    const [seq, index] = query.cursor ? decodeDeliveryCursor(query.cursor) : [Number.MAX_SAFE_INTEGER, 0];
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
      ? { items, nextCursor: deliveryCursor(last.seq, last.index) }
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
