import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { BillingSchema, errors, NoQuery, WorkspaceParams } from '../schemas.ts';
import { billingView } from '../views.ts';

/** A ceiling well inside safe integers, so a balance can never lose precision. */
const maxCents = 1_000_000_000_00;

const BillingPatch = Type.Object(
  {
    balanceCents: Type.Optional(Type.Integer({ minimum: 0, maximum: maxCents })),
    currency: Type.Optional(Type.String({ minLength: 3, maxLength: 3, description: 'ISO 4217, e.g. EUR' })),
    sipLicence: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const TopUp = Type.Object(
  { amountCents: Type.Integer({ minimum: 1, maximum: maxCents, description: 'Added to the balance' }) },
  { additionalProperties: false },
);

export function registerBilling(app: App, context: ServerContext): void {
  const { runtime } = context;
  const tags = ['billing'];

  app.get(
    '/workspaces/:workspaceId/billing',
    {
      schema: {
        tags,
        summary: 'Telephony balance and SIP licence (W7; supervisor or admin)',
        params: WorkspaceParams,
        querystring: NoQuery,
        response: { 200: BillingSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'supervisor');
      return billingView((await committedWorkspace(context.runtime, request.params.workspaceId)).billing);
    },
  );

  app.patch(
    '/workspaces/:workspaceId/billing',
    {
      schema: {
        tags,
        summary: 'Set the balance, currency or SIP licence (admin)',
        params: WorkspaceParams,
        body: BillingPatch,
        response: { 200: BillingSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'billing.update', ...request.body },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return billingView(state.billing);
    },
  );

  app.post(
    '/workspaces/:workspaceId/billing/top-ups',
    {
      schema: {
        tags,
        summary: 'Add credit to the telephony balance (admin)',
        params: WorkspaceParams,
        body: TopUp,
        response: { 200: BillingSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'billing.top_up', amountCents: request.body.amountCents },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return billingView(state.billing);
    },
  );
}
