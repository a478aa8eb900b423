import { Type } from 'typebox';
import { pendingLists } from '../../app/chat/pending-lists.ts';
import { chatTransferTargets } from '../../app/chat/transfer-targets.ts';
import { seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { chatSettingsOf } from '../../engine/chat/routing.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import type { ConversationQuery, ConversationRecord, Store } from '../../store/port.ts';
import { actorOf, authorize, requireOwnUser } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, NoQuery, PresenceSchema, WorkspaceParams } from '../schemas.ts';
import { ConversationSchema, conversationView } from './conversation-views.ts';

const strategies = ['least_busy', 'round_robin', 'manual'] as const;
const offlineRules = ['keep', 'requeue', 'reassign'] as const;

const ChatSettings = Type.Object({
  departmentId: Type.String(),
  strategy: Type.Enum([...strategies], {
    description:
      'least_busy: fewest open conversations; round_robin: in turn; manual: agents pull from the queue',
  }),
  onAgentOffline: Type.Enum([...offlineRules], {
    description: 'What happens to an agent’s open conversations when they go offline',
  }),
});

const ChatSettingsPatch = Type.Object(
  {
    strategy: Type.Optional(Type.Enum([...strategies])),
    onAgentOffline: Type.Optional(Type.Enum([...offlineRules])),
  },
  { additionalProperties: false },
);

const DepartmentParams = Type.Object({ workspaceId: Id, departmentId: Id });

const TargetsQuery = Type.Object(
  { search: Type.Optional(Type.String({ maxLength: 100 })) },
  { additionalProperties: false },
);

const TransferTargets = Type.Object({
  departments: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      memberCount: Type.Integer(),
      readyCount: Type.Integer({
        description: 'Members who could take a conversation now: online, with chat room (C5)',
      }),
    }),
  ),
  agents: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      presence: PresenceSchema,
      load: Type.String({ description: 'Open conversations / chat capacity, e.g. 1/10' }),
      available: Type.Boolean({ description: 'Online with room; others get it in their pending list (C5)' }),
      unavailableReason: Type.Optional(Type.String()),
    }),
    { description: 'Available agents first, then the least loaded' },
  ),
});

const PendingLists = Type.Object({
  items: Type.Array(
    Type.Object({
      userId: Type.String(),
      name: Type.String(),
      presence: PresenceSchema,
      conversations: Type.Array(ConversationSchema),
    }),
  ),
});

async function allConversations(store: Store, workspaceId: string, query: Omit<ConversationQuery, 'limit'>) {
  const items: ConversationRecord[] = [];
  for (let cursor: string | undefined; ; ) {
    const page = await store.listConversations(workspaceId, { ...query, limit: 200, cursor });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
}

function requireDepartment(state: WorkspaceState, departmentId: string) {
  const department = state.departments[departmentId];
  if (!department) throw notFound('department', departmentId, 'departmentId');
  return department;
}

export function registerChat(app: App, context: ServerContext): void {
  const { runtime, store } = context;
  const tags = ['chat'];

  app.get(
    '/workspaces/:workspaceId/chat/transfer-targets',
    {
      schema: {
        tags,
        summary:
          'C2: where a conversation can be transferred: departments with member counts, agents with presence and load (available first); search by name',
        params: WorkspaceParams,
        querystring: TargetsQuery,
        response: { 200: TransferTargets, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      return chatTransferTargets(
        await committedWorkspace(runtime, request.params.workspaceId),
        request.query.search,
      );
    },
  );

  app.get(
    '/workspaces/:workspaceId/chat/pending',
    {
      schema: {
        tags,
        summary:
          'C5: pending lists: conversations transferred to agents who could not take them. Supervisors and admins see every agent’s; agents their own',
        params: WorkspaceParams,
        querystring: NoQuery,
        response: { 200: PendingLists, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'agent');
      const own = seesAll(principal) ? undefined : requireOwnUser(principal, 'pending conversations');
      const pending = await allConversations(
        store,
        request.params.workspaceId,
        own ? { pendingFor: own } : { status: 'pending' },
      );
      // Read after the store: from here to the reply nothing awaits, so it stays committed.
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      const items = pendingLists(state, pending).map((list) => ({
        ...list,
        conversations: list.conversations.map((record) => conversationView(state, record)),
      }));
      return { items };
    },
  );

  app.get(
    '/workspaces/:workspaceId/departments/:departmentId/chat-settings',
    {
      schema: {
        tags,
        summary: 'How a department hands out conversations, and what happens to an offline agent’s',
        params: DepartmentParams,
        querystring: NoQuery,
        response: { 200: ChatSettings, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      const department = requireDepartment(state, request.params.departmentId);
      return { departmentId: department.id, ...chatSettingsOf(state, department.id) };
    },
  );

  app.patch(
    '/workspaces/:workspaceId/departments/:departmentId/chat-settings',
    {
      schema: {
        tags,
        summary: 'Change a department’s chat strategy or offline rule (admin)',
        params: DepartmentParams,
        body: ChatSettingsPatch,
        response: { 200: ChatSettings, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { strategy, onAgentOffline } = request.body;
      if (strategy === undefined && onAgentOffline === undefined)
        throw invalid('strategy', 'give strategy, onAgentOffline or both');
      await runtime.execute(
        request.params.workspaceId,
        {
          type: 'chat.configure_department',
          departmentId: request.params.departmentId,
          settings: { ...(strategy ? { strategy } : {}), ...(onAgentOffline ? { onAgentOffline } : {}) },
        },
        actorOf(principal),
      );
      const state = await committedWorkspace(runtime, request.params.workspaceId);
      return {
        departmentId: request.params.departmentId,
        ...chatSettingsOf(state, request.params.departmentId),
      };
    },
  );
}
