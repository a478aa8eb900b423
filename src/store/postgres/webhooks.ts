import type pg from 'pg';
import type { Page } from '../port.ts';
import type { WebhookAttempt, WebhookDeliveries, WebhookDeliveryRecord } from '../webhook-deliveries.ts';
import { decodeDeliveryCursor, deliveryCursor, toDelivery } from '../webhook-rows.ts';
import { all, one, run, transaction } from './sql.ts';

/** I1's delivery state in PostgreSQL: the same tables and rules as SQLite's (src/store/sqlite/webhooks.ts). */
export class PostgresWebhooks implements WebhookDeliveries {
  constructor(private readonly pool: pg.Pool) {}

  async saveWebhookSecret(workspaceId: string, webhookId: string, secret: string): Promise<void> {
    await run(
      this.pool,
      `INSERT INTO webhook_subscriptions (workspace_id, webhook_id, secret) VALUES (?, ?, ?)
       ON CONFLICT (workspace_id, webhook_id) DO UPDATE SET secret = excluded.secret`,
      [workspaceId, webhookId, secret],
    );
  }

  async getWebhookSecret(workspaceId: string, webhookId: string): Promise<string | undefined> {
    const row = await one(
      this.pool,
      'SELECT secret FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?',
      [workspaceId, webhookId],
    );
    return (row?.secret as string | null) ?? undefined;
  }

  async webhookCursor(workspaceId: string, webhookId: string): Promise<number | undefined> {
    const row = await one(
      this.pool,
      'SELECT cursor FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?',
      [workspaceId, webhookId],
    );
    return (row?.cursor as number | null) ?? undefined;
  }

  async enqueueWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    cursor: number,
    deliveries: WebhookDeliveryRecord[],
  ): Promise<void> {
    await transaction(this.pool, async (client) => {
      for (const d of deliveries)
        await run(
          client,
          `INSERT INTO webhook_deliveries (workspace_id, id, webhook_id, seq, idx, type, ordering_key, body,
             status, attempts, created_at, next_attempt_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          [
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
          ],
        );
      await run(
        client,
        `INSERT INTO webhook_subscriptions (workspace_id, webhook_id, cursor) VALUES (?, ?, ?)
         ON CONFLICT (workspace_id, webhook_id) DO UPDATE SET cursor = excluded.cursor`,
        [workspaceId, webhookId, cursor],
      );
    });
  }

  async dueWebhookDeliveries(
    workspaceId: string,
    now: number,
    limit: number,
  ): Promise<WebhookDeliveryRecord[]> {
    const rows = await all(
      this.pool,
      `SELECT d.* FROM webhook_deliveries d
       WHERE d.workspace_id = ? AND d.status = 'pending' AND d.next_attempt_at <= ?
         AND NOT EXISTS (
           SELECT 1 FROM webhook_deliveries e
           WHERE e.workspace_id = d.workspace_id AND e.webhook_id = d.webhook_id
             AND e.ordering_key = d.ordering_key AND e.status = 'pending'
             AND (e.seq < d.seq OR (e.seq = d.seq AND e.idx < d.idx)))
       ORDER BY d.next_attempt_at, d.seq, d.idx LIMIT ?`,
      [workspaceId, now, limit],
    );
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
    await run(
      this.pool,
      `UPDATE webhook_deliveries SET status = ?, attempts = attempts + 1, last_attempt_at = ?, next_attempt_at = ?,
         response_status = ?, response_ms = ?, error = ?
       WHERE workspace_id = ? AND id = ?`,
      [
        status,
        attempt.at,
        attempt.delivered ? null : (attempt.nextAttemptAt ?? null),
        attempt.responseStatus ?? null,
        Math.round(attempt.responseMs),
        attempt.error ?? null,
        workspaceId,
        deliveryId,
      ],
    );
  }

  async getWebhookDelivery(
    workspaceId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryRecord | undefined> {
    const row = await one(this.pool, 'SELECT * FROM webhook_deliveries WHERE workspace_id = ? AND id = ?', [
      workspaceId,
      deliveryId,
    ]);
    return row && toDelivery(row);
  }

  async listWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    query: { limit: number; cursor?: string; status?: WebhookDeliveryRecord['status'] },
  ): Promise<Page<WebhookDeliveryRecord>> {
    const [seq, index] = query.cursor ? decodeDeliveryCursor(query.cursor) : [Number.MAX_SAFE_INTEGER, 0];
    const status = query.status ? ' AND status = ?' : '';
    const rows = await all(
      this.pool,
      `SELECT * FROM webhook_deliveries
       WHERE workspace_id = ? AND webhook_id = ? AND (seq < ? OR (seq = ? AND idx < ?))${status}
       ORDER BY seq DESC, idx DESC LIMIT ?`,
      [workspaceId, webhookId, seq, seq, index, ...(query.status ? [query.status] : []), query.limit + 1],
    );
    const items = rows.slice(0, query.limit).map(toDelivery);
    const last = items.at(-1);
    return rows.length > query.limit && last
      ? { items, nextCursor: deliveryCursor(last.seq, last.index) }
      : { items };
  }

  async replayWebhookDelivery(workspaceId: string, deliveryId: string, now: number): Promise<boolean> {
    const changed = await run(
      this.pool,
      `UPDATE webhook_deliveries SET status = 'pending', next_attempt_at = ? WHERE workspace_id = ? AND id = ?`,
      [now, workspaceId, deliveryId],
    );
    return changed > 0;
  }

  async forgetWebhook(workspaceId: string, webhookId: string): Promise<void> {
    await transaction(this.pool, async (client) => {
      await run(client, 'DELETE FROM webhook_deliveries WHERE workspace_id = ? AND webhook_id = ?', [
        workspaceId,
        webhookId,
      ]);
      await run(client, 'DELETE FROM webhook_subscriptions WHERE workspace_id = ? AND webhook_id = ?', [
        workspaceId,
        webhookId,
      ]);
    });
  }
}
