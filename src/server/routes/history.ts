import { Type } from 'typebox';
import { HistoryEntryRef, historyEntriesOf } from '../../api/history.ts';
import { type Principal, seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, HistoryEntityTypeSchema, Id } from '../schemas.ts';

const HistoryParams = Type.Object({
  workspaceId: Id,
  entityType: HistoryEntityTypeSchema,
  entityId: Type.String({
    maxLength: 100,
    pattern: '^[A-Za-z0-9_.:-]*$',
    description: 'For the workspace itself: `-` (or the workspace id)',
  }),
});

const HistoryQuery = Type.Object(
  {
    afterSeq: Type.Optional(Type.Integer({ minimum: 0, description: 'Events after this sequence number' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  },
  { additionalProperties: false },
);

const HistoryPage = Type.Object({
  items: Type.Array(HistoryEntryRef, {
    description:
      'The entries in log order; the engine’s bookkeeping (timers) is left out, so a page may hold fewer',
  }),
  nextAfterSeq: Type.Optional(
    Type.Integer({ description: 'Pass as afterSeq for the next page; absent on the last' }),
  ),
});

/** The projection files workspace-wide events (settings, billing) under the entity id ''. */
function storedEntityId(entityType: string, entityId: string, workspaceId: string): string {
  if (entityType !== 'workspace') return entityId;
  return entityId === '-' || entityId === '' || entityId === workspaceId ? '' : entityId;
}

/** Supervisors and admins read every history; an agent reads only their own user's (W2). */
function checkReader(principal: Principal, entityType: string, entityId: string): void {
  if (seesAll(principal)) return;
  if (principal.kind === 'user' && entityType === 'user' && entityId === principal.userId) return;
  throw forbidden('agents read only their own history');
}

export function registerHistory(app: App, context: ServerContext): void {
  const { store } = context;

  app.get(
    '/workspaces/:workspaceId/history/:entityType/:entityId',
    {
      schema: {
        tags: ['history'],
        summary: 'An entity’s events in order: who changed what, and when (audit, V18)',
        params: HistoryParams,
        querystring: HistoryQuery,
        response: { 200: HistoryPage, ...errors },
      },
    },
    async (request) => {
      const { workspaceId, entityType } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      await committedWorkspace(context.runtime, workspaceId);
      checkReader(principal, entityType, request.params.entityId);
      const entityId = storedEntityId(entityType, request.params.entityId, workspaceId);
      const limit = request.query.limit ?? 100;
      const afterSeq = request.query.afterSeq ?? 0;
      // One more than asked tells whether another page follows.
      const events = await store.history(workspaceId, { entityType, entityId, afterSeq, limit: limit + 1 });
      // Every entity's history starts with its creation, so none at all means no such entity.
      if (afterSeq === 0 && events.length === 0)
        throw notFound(entityType, request.params.entityId, 'entityId');
      const items = events.slice(0, limit);
      return {
        items: historyEntriesOf(items),
        ...(events.length > limit ? { nextAfterSeq: items.at(-1)!.seq } : {}),
      };
    },
  );
}
