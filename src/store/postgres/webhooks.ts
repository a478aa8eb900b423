import type pg from 'pg';
import type { Page } from '../port.ts';
import type { WebhookAttempt, WebhookDeliveries, WebhookDeliveryRecord } from '../webhook-deliveries.ts';
import { decodeDeliveryCursor, deliveryCursor, toDelivery } from '../webhook-rows.ts';
import { statusAfter, webhookSql } from '../webhook-sql.ts';
import { all, one, run, transaction } from './sql.ts';

/** I1's delivery state in PostgreSQL: the same tables and rules as SQLite's (src/store/sqlite/webhooks.ts). */
export class PostgresWebhooks implements WebhookDeliveries {
  constructor(private readonly pool: pg.Pool) {}

  async saveWebhookSecret(workspaceId: string, webhookId: string, secret: string): Promise<void> {
    await run(this.pool, webhookSql.saveSecret, [workspaceId, webhookId, secret]);
  }

  async getWebhookSecret(workspaceId: string, webhookId: string): Promise<string | undefined> {
    const row = await one(this.pool, webhookSql.secret, [workspaceId, webhookId]);
    return (row?.secret as string | null) ?? undefined;
  }

  async webhookCursor(workspaceId: string, webhookId: string): Promise<number | undefined> {
    const row = await one(this.pool, webhookSql.cursor, [workspaceId, webhookId]);
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
        await run(client, webhookSql.insertDelivery, [
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
        ]);
      await run(client, webhookSql.setCursor, [workspaceId, webhookId, cursor]);
    });
  }

  async dueWebhookDeliveries(
    workspaceId: string,
    now: number,
    limit: number,
  ): Promise<WebhookDeliveryRecord[]> {
    const rows = await all(this.pool, webhookSql.due, [workspaceId, now, limit]);
    return rows.map(toDelivery);
  }

  async recordWebhookAttempt(
    workspaceId: string,
    deliveryId: string,
    attempt: WebhookAttempt,
  ): Promise<void> {
    const status = statusAfter(attempt.delivered, attempt.nextAttemptAt);
    await run(this.pool, webhookSql.recordAttempt, [
      status,
      attempt.at,
      attempt.delivered ? null : (attempt.nextAttemptAt ?? null),
      attempt.responseStatus ?? null,
      Math.round(attempt.responseMs),
      attempt.error ?? null,
      workspaceId,
      deliveryId,
    ]);
  }

  async getWebhookDelivery(
    workspaceId: string,
    deliveryId: string,
  ): Promise<WebhookDeliveryRecord | undefined> {
    const row = await one(this.pool, webhookSql.delivery, [workspaceId, deliveryId]);
    return row && toDelivery(row);
  }

  async listWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    query: { limit: number; cursor?: string; status?: WebhookDeliveryRecord['status'] },
  ): Promise<Page<WebhookDeliveryRecord>> {
    const [seq, index] = query.cursor ? decodeDeliveryCursor(query.cursor) : [Number.MAX_SAFE_INTEGER, 0];
    const rows = await all(this.pool, webhookSql.list(query.status !== undefined), [
      workspaceId,
      webhookId,
      seq,
      seq,
      index,
      ...(query.status ? [query.status] : []),
      query.limit + 1,
    ]);
    const items = rows.slice(0, query.limit).map(toDelivery);
    const last = items.at(-1);
    return rows.length > query.limit && last
      ? { items, nextCursor: deliveryCursor(last.seq, last.index) }
      : { items };
  }

  async replayWebhookDelivery(workspaceId: string, deliveryId: string, now: number): Promise<boolean> {
    const changed = await run(this.pool, webhookSql.replay, [now, workspaceId, deliveryId]);
    return changed > 0;
  }

  async forgetWebhook(workspaceId: string, webhookId: string): Promise<void> {
    await transaction(this.pool, async (client) => {
      await run(client, webhookSql.forgetDeliveries, [workspaceId, webhookId]);
      await run(client, webhookSql.forgetSubscription, [workspaceId, webhookId]);
    });
  }
}
