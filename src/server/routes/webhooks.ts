import { Type } from 'typebox';
import { WebhookSchema } from '../../api/configuration.ts';
import { publicMessageTypes } from '../../api/messages.ts';
import { webhookSubscription, webhookSubscriptions } from '../../app/webhooks/subscriptions.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { requireWebhook } from '../../engine/workspace/webhooks.ts';
import { newWebhookSecret } from '../../integrations/webhooks/signature.ts';
import { assertPublicUrl } from '../../integrations/webhooks/ssrf.ts';
import { newId } from '../../runtime/ids.ts';
import type { WebhookDeliveryRecord } from '../../store/webhook-deliveries.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, NoQuery, WorkspaceParams } from '../schemas.ts';

const Url = Type.String({
  minLength: 1,
  maxLength: 2000,
  description: 'http or https; not a private address (SSRF)',
});
const Events = Type.Array(Type.Enum([...publicMessageTypes]), {
  minItems: 1,
  maxItems: publicMessageTypes.length,
  description: 'Public message types (see the README: Webhooks)',
});
const Description = Type.String({ maxLength: 500 });

const CreateWebhook = Type.Object(
  {
    id: Type.Optional(Id),
    url: Url,
    events: Events,
    enabled: Type.Optional(Type.Boolean()),
    description: Type.Optional(Description),
  },
  { additionalProperties: false },
);
const UpdateWebhook = Type.Partial(
  Type.Object({ url: Url, events: Events, enabled: Type.Boolean(), description: Description }),
  { additionalProperties: false },
);

const CreatedWebhookSchema = Type.Intersect([
  WebhookSchema,
  Type.Object({
    secret: Type.String({ description: 'The signing secret (also at GET …/secret, admins only)' }),
  }),
]);

const DeliveryStatus = Type.Union([
  Type.Literal('pending'),
  Type.Literal('delivered'),
  Type.Literal('failed'),
]);
const DeliverySchema = Type.Object({
  id: Type.String(),
  webhookId: Type.String(),
  type: Type.String(),
  status: DeliveryStatus,
  attempts: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  nextAttemptAt: Type.Optional(Type.String({ format: 'date-time' })),
  lastAttemptAt: Type.Optional(Type.String({ format: 'date-time' })),
  responseStatus: Type.Optional(Type.Integer()),
  responseMs: Type.Optional(Type.Integer()),
  error: Type.Optional(Type.String()),
  payload: Type.Unknown({ description: 'The JSON body sent' }),
});

const WebhookParams = Type.Object({ workspaceId: Id, webhookId: Id });
const DeliveryParams = Type.Object({
  workspaceId: Id,
  webhookId: Id,
  deliveryId: Type.String({ minLength: 1, maxLength: 300, pattern: '^[A-Za-z0-9_.:-]+$' }),
});
const DeliveriesQuery = Type.Object(
  {
    status: Type.Optional(DeliveryStatus),
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
);

const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());

function deliveryView(delivery: WebhookDeliveryRecord) {
  return {
    id: delivery.id,
    webhookId: delivery.webhookId,
    type: delivery.type,
    status: delivery.status,
    attempts: delivery.attempts,
    createdAt: iso(delivery.createdAt)!,
    nextAttemptAt: delivery.status === 'pending' ? iso(delivery.nextAttemptAt) : undefined,
    lastAttemptAt: iso(delivery.lastAttemptAt),
    responseStatus: delivery.responseStatus,
    responseMs: delivery.responseMs,
    error: delivery.error,
    payload: JSON.parse(delivery.body) as unknown,
  };
}

/** I1: webhook subscriptions and their delivery log; admins only, since a URL receives the workspace's events. */
export function registerWebhooks(app: App, context: ServerContext): void {
  const { runtime, store } = context;
  const allowPrivate = context.webhooks?.allowPrivate ?? false;
  const tags = ['webhooks'];

  app.get(
    '/workspaces/:workspaceId/webhooks',
    {
      schema: {
        tags,
        summary: 'List webhook subscriptions (admin)',
        params: WorkspaceParams,
        querystring: NoQuery,
        response: { 200: Type.Object({ items: Type.Array(WebhookSchema) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const items = webhookSubscriptions(state);
      return { items };
    },
  );

  app.post(
    '/workspaces/:workspaceId/webhooks',
    {
      schema: {
        tags,
        summary: 'Subscribe a URL to public messages (admin); the answer carries the signing secret',
        params: WorkspaceParams,
        body: CreateWebhook,
        response: { 201: CreatedWebhookSchema, ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { workspaceId } = request.params;
      await committedWorkspace(context.runtime, workspaceId);
      const { id, ...fields } = request.body;
      await assertPublicUrl(fields.url, allowPrivate);
      const webhookId = id ?? newId('wh');
      const secret = newWebhookSecret();
      // The secret first: a webhook is never without one once its creation is in the log.
      const previous = await store.getWebhookSecret(workspaceId, webhookId);
      await store.saveWebhookSecret(workspaceId, webhookId, secret);
      try {
        await runtime.execute(
          workspaceId,
          { type: 'webhook.create', webhookId, ...fields },
          actorOf(principal),
        );
        const state = await committedWorkspace(runtime, workspaceId);
        return reply.status(201).send({ ...webhookSubscription(state, webhookId), secret });
      } catch (error) {
        if (previous !== undefined) await store.saveWebhookSecret(workspaceId, webhookId, previous);
        throw error;
      }
    },
  );

  app.get(
    '/workspaces/:workspaceId/webhooks/:webhookId',
    {
      schema: {
        tags,
        summary: 'A webhook subscription (admin)',
        params: WebhookParams,
        querystring: NoQuery,
        response: { 200: WebhookSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      return webhookSubscription(
        await committedWorkspace(context.runtime, request.params.workspaceId),
        request.params.webhookId,
      );
    },
  );

  app.get(
    '/workspaces/:workspaceId/webhooks/:webhookId/secret',
    {
      schema: {
        tags,
        summary: "Reveal a webhook's signing secret (admin), as Stripe's dashboard does",
        params: WebhookParams,
        querystring: NoQuery,
        response: { 200: Type.Object({ secret: Type.String() }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      const { workspaceId, webhookId } = request.params;
      requireWebhook(await committedWorkspace(context.runtime, workspaceId), webhookId);
      const secret = await store.getWebhookSecret(workspaceId, webhookId);
      if (secret === undefined) throw notFound('webhook secret', webhookId, 'webhookId');
      return { secret };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/webhooks/:webhookId',
    {
      schema: {
        tags,
        summary: 'Change a webhook subscription (admin)',
        params: WebhookParams,
        body: UpdateWebhook,
        response: { 200: WebhookSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { workspaceId, webhookId } = request.params;
      requireWebhook(await committedWorkspace(context.runtime, workspaceId), webhookId);
      if (request.body.url !== undefined) await assertPublicUrl(request.body.url, allowPrivate);
      await runtime.execute(
        workspaceId,
        { type: 'webhook.update', webhookId, ...request.body },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, workspaceId);
      return webhookSubscription(state, webhookId);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/webhooks/:webhookId',
    {
      schema: {
        tags,
        summary: 'Remove a webhook subscription (admin); its delivery log goes with it',
        params: WebhookParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { workspaceId, webhookId } = request.params;
      await runtime.execute(workspaceId, { type: 'webhook.remove', webhookId }, actorOf(principal));
      await store.forgetWebhook(workspaceId, webhookId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/workspaces/:workspaceId/webhooks/:webhookId/deliveries',
    {
      schema: {
        tags,
        summary: "A webhook's delivery log, newest first (admin): status, attempts, response code and time",
        params: WebhookParams,
        querystring: DeliveriesQuery,
        response: {
          200: Type.Object({ items: Type.Array(DeliverySchema), nextCursor: Type.Optional(Type.String()) }),
          ...errors,
        },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      const { workspaceId, webhookId } = request.params;
      requireWebhook(await committedWorkspace(context.runtime, workspaceId), webhookId);
      const { status, limit, cursor } = request.query;
      const page = await store.listWebhookDeliveries(workspaceId, webhookId, { status, limit, cursor });
      return { items: page.items.map(deliveryView), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/workspaces/:workspaceId/webhooks/:webhookId/deliveries/:deliveryId/replay',
    {
      schema: {
        tags,
        summary: 'Send a delivery again now (admin), whatever its status',
        params: DeliveryParams,
        response: { 202: DeliverySchema, ...errors },
      },
    },
    async (request, reply) => {
      authorize(request, request.params.workspaceId, 'admin');
      const { workspaceId, webhookId, deliveryId } = request.params;
      requireWebhook(await committedWorkspace(context.runtime, workspaceId), webhookId);
      const delivery = await store.getWebhookDelivery(workspaceId, deliveryId);
      if (!delivery || delivery.webhookId !== webhookId) throw notFound('delivery', deliveryId, 'deliveryId');
      await store.replayWebhookDelivery(workspaceId, deliveryId, Date.now());
      context.webhooks?.dispatcher?.poke();
      return reply.status(202).send(deliveryView((await store.getWebhookDelivery(workspaceId, deliveryId))!));
    },
  );
}
