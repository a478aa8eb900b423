import type { Logger } from 'pino';
import { publicMessagesOf } from '../../api/messages.ts';
import type { Webhook } from '../../engine/workspace/webhooks.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import type { Store } from '../../store/port.ts';
import type { WebhookDeliveryRecord } from '../../store/webhook-deliveries.ts';
import { defaultRetry, nextAttemptAt, type RetryPolicy } from './backoff.ts';
import { postJson } from './post.ts';
import { newWebhookSecret, signatureHeader } from './signature.ts';

export interface DispatcherOptions {
  runtime: Runtime;
  store: Store;
  /** Tests and private networks only (SSRF): send to loopback, private and link-local addresses. */
  allowPrivate?: boolean;
  retry?: Partial<RetryPolicy>;
  timeoutMs?: number;
  /** How often due retries are looked for when nothing new happens. */
  pollMs?: number;
  /** Wall-clock time: deliveries happen in real time whatever clock the engine runs on. */
  now?: () => number;
  random?: () => number;
  logger?: Logger;
  /** Told of each attempt's outcome (metrics). */
  onAttempt?: (outcome: 'delivered' | 'retrying' | 'failed') => void;
}

const pageSize = 500;

/**
 * I1: turns committed events into webhook deliveries and sends them. Everything it knows is
 * durable: each subscription's cursor in the event log and each delivery's state live in the
 * store, so a restart (or a kill -9) resumes where the store says, resending at worst an
 * attempt whose outcome was not yet recorded (receivers dedupe by the message id).
 */
export class WebhookDispatcher {
  private readonly retry: RetryPolicy;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: DispatcherOptions) {
    this.retry = { ...defaultRetry, ...options.retry };
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  start(): void {
    this.unsubscribe = this.options.runtime.subscribe(() => this.poke());
    this.timer = setInterval(() => this.poke(), this.options.pollMs ?? 1000);
    this.timer.unref();
    this.poke();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearInterval(this.timer);
    await this.running;
  }

  /** Runs a cycle now, or once more after the one running. */
  poke(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.cycle()
      .catch((error) => this.options.logger?.error({ err: error }, 'webhook delivery cycle failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.poke();
        }
      });
  }

  /** Resolves once a cycle that started after this call has finished (tests). */
  async settle(): Promise<void> {
    await this.running;
    this.poke();
    await this.running;
  }

  private async cycle(): Promise<void> {
    const { runtime } = this.options;
    for (const workspaceId of runtime.workspaceIds()) {
      // Only the node that owns a workspace sends its webhooks (I1, P2): a replica would send them twice.
      if (!runtime.owns(workspaceId)) continue;
      const webhooks = Object.values(runtime.state(workspaceId)?.webhooks ?? {});
      if (webhooks.length === 0) continue;
      for (const webhook of webhooks) await this.enqueue(workspaceId, webhook);
      await this.send(workspaceId, webhooks);
    }
  }

  /**
   * Where a subscription starts: just after the event that created it. Undefined while that
   * event is decided but not yet committed (the live state is ahead of the log): wait for it.
   */
  private async startSeq(workspaceId: string, webhookId: string): Promise<number | undefined> {
    const [created] = await this.options.store.history(workspaceId, {
      entityType: 'webhook',
      entityId: webhookId,
      types: ['webhook.created'],
      newestFirst: true,
      limit: 1,
    });
    return created?.seq;
  }

  private async enqueue(workspaceId: string, webhook: Webhook): Promise<void> {
    const { store } = this.options;
    let cursor =
      (await store.webhookCursor(workspaceId, webhook.id)) ?? (await this.startSeq(workspaceId, webhook.id));
    if (cursor === undefined) return;
    const wanted = new Set(webhook.events);
    for (;;) {
      const page = await store.loadEvents(workspaceId, cursor, pageSize);
      if (page.length === 0) return;
      const now = this.now();
      const deliveries: WebhookDeliveryRecord[] = [];
      // A disabled subscription lets events pass by, as Stripe's do; it gets what happens once enabled.
      for (const stored of webhook.enabled ? page : [])
        publicMessagesOf(stored).forEach((message, index) => {
          if (!wanted.has(message.type)) return;
          const body = JSON.stringify({
            id: `msg_${stored.seq}_${index}`,
            type: message.type,
            version: message.version,
            workspaceId,
            seq: stored.seq,
            occurredAt: new Date(stored.at).toISOString(),
            data: message.data,
          });
          deliveries.push({
            id: `dlv_${webhook.id}_${stored.seq}_${index}`,
            workspaceId,
            webhookId: webhook.id,
            seq: stored.seq,
            index,
            type: message.type,
            orderingKey: message.orderingKey,
            body,
            status: 'pending',
            attempts: 0,
            createdAt: now,
            nextAttemptAt: now,
          });
        });
      cursor = page.at(-1)!.seq;
      await store.enqueueWebhookDeliveries(workspaceId, webhook.id, cursor, deliveries);
      if (page.length < pageSize) return;
    }
  }

  private async send(workspaceId: string, webhooks: Webhook[]): Promise<void> {
    const byId = new Map(webhooks.map((webhook) => [webhook.id, webhook]));
    for (;;) {
      const due = (await this.options.store.dueWebhookDeliveries(workspaceId, this.now(), 50)).filter(
        (delivery) => byId.get(delivery.webhookId)?.enabled,
      );
      if (due.length === 0 || this.stopped) return;
      // Each is the first of its ordering key, so they may go at the same time.
      await Promise.all(due.map((delivery) => this.attempt(byId.get(delivery.webhookId)!, delivery)));
    }
  }

  /** A subscription made without the API (YAML apply) gets its secret on first use; admins read it with GET …/secret. */
  private async secretOf(workspaceId: string, webhookId: string): Promise<string> {
    const { store } = this.options;
    const secret = await store.getWebhookSecret(workspaceId, webhookId);
    if (secret !== undefined) return secret;
    const made = newWebhookSecret();
    await store.saveWebhookSecret(workspaceId, webhookId, made);
    return made;
  }

  private async attempt(webhook: Webhook, delivery: WebhookDeliveryRecord): Promise<void> {
    const { store } = this.options;
    const secret = await this.secretOf(delivery.workspaceId, webhook.id);
    const at = this.now();
    const result = await postJson(
      webhook.url,
      delivery.body,
      {
        'user-agent': 'Switchboard-Webhooks/1',
        'switchboard-signature': signatureHeader(secret, delivery.body, at),
        'switchboard-event': delivery.type,
        'switchboard-delivery': delivery.id,
      },
      { timeoutMs: this.options.timeoutMs ?? 10_000, allowPrivate: this.options.allowPrivate ?? false },
    );
    const delivered = result.status !== undefined && result.status >= 200 && result.status < 300;
    const retryAt = delivered
      ? undefined
      : nextAttemptAt(
          this.retry,
          delivery.attempts + 1,
          delivery.createdAt,
          this.now(),
          this.options.random ?? Math.random,
        );
    await store.recordWebhookAttempt(delivery.workspaceId, delivery.id, {
      at,
      responseStatus: result.status,
      responseMs: result.ms,
      error: result.error ?? (delivered ? undefined : `HTTP ${result.status}`),
      delivered,
      nextAttemptAt: retryAt,
    });
    this.options.onAttempt?.(delivered ? 'delivered' : retryAt === undefined ? 'failed' : 'retrying');
  }
}
