import { invalid } from '../domain/errors.ts';
import type { WebhookDeliveryRecord } from './webhook-deliveries.ts';

/** Webhook delivery rows as both adapters store them (same columns in SQLite and PostgreSQL). */
export type Row = Record<string, unknown>;

const optional = (key: string, value: unknown) =>
  value === null || value === undefined ? {} : { [key]: value };

export function toDelivery(row: Row): WebhookDeliveryRecord {
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
export function deliveryCursor(seq: number, index: number): string {
  return Buffer.from(JSON.stringify([seq, index])).toString('base64url');
}

export function decodeDeliveryCursor(cursor: string): [number, number] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && Number.isInteger(value[0]) && Number.isInteger(value[1]))
      return [value[0], value[1]];
  } catch {}
  throw invalid('cursor', 'cursor is not one this list gave');
}
