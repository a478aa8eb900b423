import type { Webhook } from '../../engine/workspace/webhooks.ts';
import type { Planner } from '../planner.ts';
import type { WebhookSpec } from '../spec.ts';

/** Compared as the engine keeps it (normalised); a URL that does not parse is a change, refused by the engine. */
function sameUrl(live: string, wanted: string): boolean {
  try {
    return live === new URL(wanted).toString();
  } catch {
    return false;
  }
}

const sameEvents = (a: string[], b: string[]) => a.length === b.length && a.every((type, i) => type === b[i]);

/**
 * I1: webhook subscriptions as code. The signing secret is never in the file: a webhook made
 * here gets one on its first delivery, which an admin reads at GET …/webhooks/:id/secret.
 * With prune, subscriptions the file does not list are removed.
 */
export function planWebhooks(planner: Planner): void {
  const specs = planner.spec.webhooks;
  if (!specs) return;
  if (planner.prune)
    for (const id of Object.keys(planner.state.webhooks))
      if (!specs.some((spec) => spec.id === id))
        planner.issue({ type: 'webhook.remove', webhookId: id }, 'prune', `remove webhook ${id}`);
  specs.forEach((spec, index) => {
    const path = ['webhooks', index];
    const live: Webhook | undefined = Object.hasOwn(planner.state.webhooks, spec.id)
      ? planner.state.webhooks[spec.id]
      : undefined;
    const wanted = {
      url: spec.url,
      events: spec.events,
      enabled: spec.enabled ?? true,
      description: spec.description ?? '',
    };
    if (!live) {
      planner.issue(
        { type: 'webhook.create', webhookId: spec.id, ...wanted },
        path,
        `create webhook ${spec.id}`,
      );
      return;
    }
    const changes: Partial<typeof wanted> = {};
    if (!sameUrl(live.url, wanted.url)) changes.url = wanted.url;
    if (!sameEvents(live.events, [...new Set(wanted.events)])) changes.events = wanted.events;
    if (live.enabled !== wanted.enabled) changes.enabled = wanted.enabled;
    if ((live.description ?? '') !== wanted.description) changes.description = wanted.description;
    if (Object.keys(changes).length === 0) return;
    planner.issue(
      { type: 'webhook.update', webhookId: spec.id, ...changes },
      path,
      `update webhook ${spec.id}: ${Object.keys(changes).join(', ')}`,
    );
  });
}

/** The subscriptions as the file writes them, without their secrets. */
export function webhooksSpec(webhooks: Record<string, Webhook>): WebhookSpec[] {
  return Object.values(webhooks)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((webhook) => ({
      id: webhook.id,
      url: webhook.url,
      events: [...webhook.events] as WebhookSpec['events'],
      ...(webhook.enabled ? {} : { enabled: false }),
      ...(webhook.description ? { description: webhook.description } : {}),
    }));
}
