import { isPublicMessageType } from '../../api/messages.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { unhandledCommand } from '../command-routing.ts';
import type { WorkspaceState } from '../state.ts';
import type { Tx } from '../tx.ts';

/**
 * I1: a webhook subscription, workspace configuration like any other (in the history, the audit
 * and YAML). Its signing secret is not here: secrets stay out of the event log, in the store.
 */
export interface Webhook {
  id: string;
  url: string;
  /** Public message types (src/api/messages.ts) it wants. */
  events: string[];
  enabled: boolean;
  description?: string;
}

export type WebhookCommand =
  | {
      type: 'webhook.create';
      webhookId: string;
      url: string;
      events: string[];
      enabled?: boolean;
      description?: string;
    }
  | {
      type: 'webhook.update';
      webhookId: string;
      url?: string;
      events?: string[];
      enabled?: boolean;
      description?: string;
    }
  | { type: 'webhook.remove'; webhookId: string };

export type WebhookEvent =
  | { type: 'webhook.created'; webhook: Webhook }
  | {
      type: 'webhook.updated';
      webhookId: string;
      url?: string;
      events?: string[];
      enabled?: boolean;
      description?: string;
    }
  | { type: 'webhook.removed'; webhookId: string };

/** The URL's shape only; where it resolves to (SSRF) is checked at the edge, which can look it up. */
function checkUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('url', `url ${url} is not a URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw invalid('url', 'url must be http or https');
  if (parsed.username || parsed.password) throw invalid('url', 'url must not carry credentials');
  return parsed.toString();
}

function checkEvents(events: string[]): string[] {
  if (events.length === 0) throw invalid('events', 'events must name at least one message type');
  for (const type of events)
    if (!isPublicMessageType(type)) throw invalid('events', `events: ${type} is not a public message type`);
  return [...new Set(events)];
}

export function requireWebhook(state: WorkspaceState, webhookId: string): Webhook {
  const webhook = Object.hasOwn(state.webhooks, webhookId) ? state.webhooks[webhookId] : undefined;
  if (!webhook) throw notFound('webhook', webhookId, 'webhookId');
  return webhook;
}

export function decideWebhook(tx: Tx, command: WebhookCommand): void {
  const state = tx.state;
  if (command.type === 'webhook.create') {
    if (Object.hasOwn(state.webhooks, command.webhookId))
      throw conflict(`webhook ${command.webhookId} already exists`, 'webhookId');
    const webhook: Webhook = {
      id: command.webhookId,
      url: checkUrl(command.url),
      events: checkEvents(command.events),
      enabled: command.enabled ?? true,
      ...(command.description ? { description: command.description } : {}),
    };
    tx.emit({ type: 'webhook.created', webhook });
    return;
  }
  const webhook = requireWebhook(state, command.webhookId);
  if (command.type === 'webhook.remove') {
    tx.emit({ type: 'webhook.removed', webhookId: webhook.id });
    return;
  }
  if (command.type !== 'webhook.update') return unhandledCommand(command);
  const change = {
    url: command.url === undefined ? undefined : checkUrl(command.url),
    events: command.events === undefined ? undefined : checkEvents(command.events),
    enabled: command.enabled,
    description: command.description,
  };
  if (Object.values(change).every((value) => value === undefined)) return;
  tx.emit({ type: 'webhook.updated', webhookId: webhook.id, ...change });
}

export function evolveWebhook(state: WorkspaceState, event: WebhookEvent): WorkspaceState {
  if (event.type === 'webhook.created') {
    state.webhooks[event.webhook.id] = { ...event.webhook, events: [...event.webhook.events] };
    return state;
  }
  if (event.type === 'webhook.removed') {
    delete state.webhooks[event.webhookId];
    return state;
  }
  const webhook = state.webhooks[event.webhookId];
  if (!webhook) return state;
  if (event.url !== undefined) webhook.url = event.url;
  if (event.events !== undefined) webhook.events = [...event.events];
  if (event.enabled !== undefined) webhook.enabled = event.enabled;
  if (event.description !== undefined) webhook.description = event.description || undefined;
  return state;
}
