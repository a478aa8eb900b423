import type Database from 'better-sqlite3';
import type { Page } from '../port.ts';
import type { WebhookAttempt, WebhookDeliveries, WebhookDeliveryRecord } from '../webhook-deliveries.ts';
import { decodeDeliveryCursor, deliveryCursor, type Row, toDelivery } from '../webhook-rows.ts';
import { statusAfter, webhookSql } from '../webhook-sql.ts';
import type { Prepare } from './statement-cache.ts';

/** I1's delivery state in SQLite: a row per subscription (secret, cursor) and per delivery. */
export class SqliteWebhooks implements WebhookDeliveries {
  constructor(
    private readonly db: Database.Database,
    private readonly stmt: Prepare,
  ) {}

  async saveWebhookSecret(workspaceId: string, webhookId: string, secret: string): Promise<void> {
    this.stmt(webhookSql.saveSecret).run(workspaceId, webhookId, secret);
  }

  async getWebhookSecret(workspaceId: string, webhookId: string): Promise<string | undefined> {
    const row = this.stmt(webhookSql.secret).get(workspaceId, webhookId) as Row | undefined;
    return (row?.secret as string | null) ?? undefined;
  }

  async webhookCursor(workspaceId: string, webhookId: string): Promise<number | undefined> {
    const row = this.stmt(webhookSql.cursor).get(workspaceId, webhookId) as Row | undefined;
    return (row?.cursor as number | null) ?? undefined;
  }

  async enqueueWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    cursor: number,
    deliveries: WebhookDeliveryRecord[],
  ): Promise<void> {
    const insert = this.stmt(webhookSql.insertDelivery);
    const setCursor = this.stmt(webhookSql.setCursor);
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
    const rows = this.stmt(webhookSql.due).all(workspaceId, now, limit) as Row[];
    return rows.map(toDelivery);
  }

  async recordWebhookAttempt(
    workspaceId: string,
    deliveryId: string,
    attempt: WebhookAttempt,
  ): Promise<void> {
    const status = statusAfter(attempt.delivered, attempt.nextAttemptAt);
    this.stmt(webhookSql.recordAttempt).run(
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
    const row = this.stmt(webhookSql.delivery).get(workspaceId, deliveryId) as Row | undefined;
    return row && toDelivery(row);
  }

  async listWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    query: { limit: number; cursor?: string; status?: WebhookDeliveryRecord['status'] },
  ): Promise<Page<WebhookDeliveryRecord>> {
    const [seq, index] = query.cursor ? decodeDeliveryCursor(query.cursor) : [Number.MAX_SAFE_INTEGER, 0];
    const rows = this.stmt(webhookSql.list(query.status !== undefined)).all(
      workspaceId,
      webhookId,
      seq,
      seq,
      index,
      ...(query.status ? [query.status] : []),
      query.limit + 1,
    ) as Row[];
    const items = rows.slice(0, query.limit).map(toDelivery);
    const last = items.at(-1);
    return rows.length > query.limit && last
      ? { items, nextCursor: deliveryCursor(last.seq, last.index) }
      : { items };
  }

  async replayWebhookDelivery(workspaceId: string, deliveryId: string, now: number): Promise<boolean> {
    const result = this.stmt(webhookSql.replay).run(now, workspaceId, deliveryId);
    return result.changes > 0;
  }

  async forgetWebhook(workspaceId: string, webhookId: string): Promise<void> {
    this.db.transaction(() => {
      this.stmt(webhookSql.forgetDeliveries).run(workspaceId, webhookId);
      this.stmt(webhookSql.forgetSubscription).run(workspaceId, webhookId);
    })();
  }
}
