import { type Static, Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, iso, WorkspaceParams } from '../schemas.ts';

const TopUpSchema = Type.Object({
  seq: Type.Integer({ description: 'The event that added the credit' }),
  at: Type.String({ format: 'date-time' }),
  amountCents: Type.Integer({ description: 'Credit added' }),
  balanceCents: Type.Integer({ description: 'The balance right after it' }),
  currency: Type.String({ description: 'ISO 4217' }),
});

const TopUpQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
  },
  { additionalProperties: false },
);

const pageSize = 500;

export function registerBillingTopUps(app: App, context: ServerContext): void {
  const { store } = context;

  app.get(
    '/workspaces/:workspaceId/billing/top-ups',
    {
      schema: {
        tags: ['billing'],
        summary: 'Credit added to the telephony balance, newest first (W7; supervisor or admin)',
        params: WorkspaceParams,
        querystring: TopUpQuery,
        response: { 200: Type.Object({ items: Type.Array(TopUpSchema) }), ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'supervisor');
      await committedWorkspace(context.runtime, workspaceId);
      const limit = request.query.limit ?? 50;
      const items: Static<typeof TopUpSchema>[] = [];
      // Newest billing changes first (the projection files workspace-wide events under the
      // entity id ''); a balance set by hand is not a top-up, so read on until enough are.
      let beforeSeq: number | undefined;
      while (items.length < limit) {
        const events = await store.history(workspaceId, {
          entityType: 'workspace',
          entityId: '',
          types: ['billing.updated'],
          newestFirst: true,
          beforeSeq,
          limit: pageSize,
        });
        for (const stored of events) {
          const event = stored.event;
          if (event.type !== 'billing.updated' || event.topUpCents === undefined) continue;
          items.push({
            seq: stored.seq,
            at: iso(stored.at),
            amountCents: event.topUpCents,
            balanceCents: event.billing.balanceCents,
            currency: event.billing.currency,
          });
        }
        if (events.length < pageSize) break;
        beforeSeq = events.at(-1)!.seq;
      }
      return { items: items.slice(0, limit) };
    },
  );
}
