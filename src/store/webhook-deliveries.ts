import type { Page } from './port.ts';

/**
 * I1: one public message to one webhook. Made from the event log (seq, index of the message
 * among those of its event), so a restart resumes from the subscription's cursor.
 */
export interface WebhookDeliveryRecord {
  /** Stable for a (webhook, event, message): `dlv_<webhookId>_<seq>_<index>`. */
  id: string;
  workspaceId: string;
  webhookId: string;
  seq: number;
  index: number;
  type: string;
  /** Deliveries with the same key go one at a time, in (seq, index) order. */
  orderingKey: string;
  /** The exact JSON body signed and sent. */
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  createdAt: number;
  /** When a pending delivery is next tried. */
  nextAttemptAt?: number;
  lastAttemptAt?: number;
  /** The receiver's HTTP status on the last attempt; absent when it could not be reached. */
  responseStatus?: number;
  responseMs?: number;
  /** Why the last attempt failed (connection refused, timeout, HTTP 500 …). */
  error?: string;
}

export interface WebhookAttempt {
  at: number;
  responseStatus?: number;
  responseMs: number;
  error?: string;
  delivered: boolean;
  /** Not delivered: when to try again; absent means it gives up (failed). */
  nextAttemptAt?: number;
}

/** Delivery state: outside the event log, which only says what happened in the workspace. */
export interface WebhookDeliveries {
  /** The signing secret, kept in the clear since signing needs it; never in the event log. */
  saveWebhookSecret(workspaceId: string, webhookId: string, secret: string): Promise<void>;
  getWebhookSecret(workspaceId: string, webhookId: string): Promise<string | undefined>;
  /** The last event seq turned into deliveries for this webhook; undefined before the first. */
  webhookCursor(workspaceId: string, webhookId: string): Promise<number | undefined>;
  /** Adds the deliveries (ignoring ids already there) and moves the cursor, in one transaction. */
  enqueueWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    cursor: number,
    deliveries: WebhookDeliveryRecord[],
  ): Promise<void>;
  /** Pending deliveries due by `now` that are first of their (webhook, ordering key); soonest first. */
  dueWebhookDeliveries(workspaceId: string, now: number, limit: number): Promise<WebhookDeliveryRecord[]>;
  recordWebhookAttempt(workspaceId: string, deliveryId: string, attempt: WebhookAttempt): Promise<void>;
  getWebhookDelivery(workspaceId: string, deliveryId: string): Promise<WebhookDeliveryRecord | undefined>;
  /** Newest first. */
  listWebhookDeliveries(
    workspaceId: string,
    webhookId: string,
    query: { limit: number; cursor?: string; status?: WebhookDeliveryRecord['status'] },
  ): Promise<Page<WebhookDeliveryRecord>>;
  /** Makes a delivery pending again, due at `now`; false if there is no such delivery. */
  replayWebhookDelivery(workspaceId: string, deliveryId: string, now: number): Promise<boolean>;
  /** A removed webhook's secret, cursor and deliveries go. */
  forgetWebhook(workspaceId: string, webhookId: string): Promise<void>;
}
