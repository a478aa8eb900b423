import type { WorkspaceState } from '../../engine/state.ts';
import { requireWebhook, type Webhook } from '../../engine/workspace/webhooks.ts';

/** I1: a subscription as the API shows it (its signing secret lives in the store, never here). */
export function webhookView(webhook: Webhook) {
  return {
    id: webhook.id,
    url: webhook.url,
    events: [...webhook.events],
    enabled: webhook.enabled,
    ...(webhook.description ? { description: webhook.description } : {}),
  };
}

/** I1: the workspace's subscriptions, by id, so the list reads the same on every call. */
export function webhookSubscriptions(state: WorkspaceState) {
  return Object.values(state.webhooks)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(webhookView);
}

/** I1: one subscription, or 404 naming webhookId. */
export const webhookSubscription = (state: WorkspaceState, webhookId: string) =>
  webhookView(requireWebhook(state, webhookId));
