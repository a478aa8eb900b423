import { Type } from 'typebox';
import {
  type RunEntryType,
  runEntryTypes,
  type WorkflowRunEntry,
  WorkflowRunsPageSchema,
} from '../../api/workflow-runs.ts';
import { WorkflowDefinitionInputSchema, WorkflowSchema } from '../../api/workflows.ts';
import { runningInstances } from '../../app/workflows/running.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Event, StoredEvent } from '../../engine/events.ts';
import type { WorkspaceState } from '../../engine/state.ts';
import type { Workflow, WorkflowDefinition } from '../../engine/workflow/definition.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, iso, WorkspaceParams } from '../schemas.ts';

/** A workflow as the API shows it (src/api/workflows.ts). */
export const WorkflowView = WorkflowSchema;

const Params = Type.Object({ workspaceId: Id, workflowId: Id });

const defaultRunsLimit = 100;

const RunsQuery = Type.Object(
  {
    before: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'Events before this sequence number: nextBefore of the newer page',
      }),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: defaultRunsLimit })),
  },
  { additionalProperties: false },
);

type RunEvent = Extract<Event, { type: RunEntryType }>;
const isRunEvent = (event: Event): event is RunEvent =>
  (runEntryTypes as readonly string[]).includes(event.type);

/** A run log entry as the API shows it (src/api/workflows.ts); the log holds nothing else. */
function runEntryView({ seq, at, event }: StoredEvent): WorkflowRunEntry[] {
  if (!isRunEvent(event)) return [];
  const { type, ...data } = event;
  return [{ seq, at: iso(at), type, data }];
}

/** A workflow as the API shows it, with how many instances are running now. */
export function workflowView(state: WorkspaceState, workflow: Workflow) {
  return {
    id: workflow.id,
    name: workflow.name,
    enabled: workflow.enabled,
    draft: workflow.draft,
    versions: workflow.versions,
    runningInstances: runningInstances(state, workflow.id),
  };
}

export function requireWorkflow(state: WorkspaceState, workflowId: string): Workflow {
  const workflow = state.workflows[workflowId];
  if (!workflow) throw notFound('workflow', workflowId, 'workflowId');
  return workflow;
}

/** F1–F5: workflow definitions (admins), their versions, and their run log. */
export function registerWorkflows(app: App, context: ServerContext): void {
  const { runtime, store } = context;
  const tags = ['workflows'];
  /** The workflow as committed now, for the reply. */
  const committedView = async (workspaceId: string, workflowId: string) => {
    const state = await committedWorkspace(runtime, workspaceId);
    return workflowView(state, requireWorkflow(state, workflowId));
  };

  app.get(
    '/workspaces/:workspaceId/workflows',
    {
      schema: {
        tags,
        summary: 'List workflows',
        params: WorkspaceParams,
        response: { 200: Type.Object({ items: Type.Array(WorkflowView) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'supervisor');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      return {
        items: Object.values(state.workflows).map((workflow) => workflowView(state, workflow)),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/workflows',
    {
      schema: {
        tags,
        summary: 'Create a workflow as a draft (admin); it runs only once published',
        params: WorkspaceParams,
        body: Type.Object(
          {
            id: Type.Optional(Id),
            name: Type.String({ minLength: 1, maxLength: 200 }),
            definition: WorkflowDefinitionInputSchema,
          },
          { additionalProperties: false },
        ),
        response: { 201: WorkflowView, ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const workflowId = request.body.id ?? newId('wf');
      // Creating is not saving: an existing workflow's draft is saved through PUT …/draft.
      if ((await committedWorkspace(context.runtime, request.params.workspaceId)).workflows[workflowId])
        throw conflict(`workflow ${workflowId} already exists`, 'id');
      await runtime.execute(
        request.params.workspaceId,
        {
          type: 'workflow.save_draft',
          workflowId,
          name: request.body.name,
          // The engine fills what a person may leave out (match: all, onlineOnly: false).
          definition: request.body.definition as unknown as WorkflowDefinition,
        },
        actorOf(principal),
      );
      return reply.status(201).send(await committedView(request.params.workspaceId, workflowId));
    },
  );

  app.get(
    '/workspaces/:workspaceId/workflows/:workflowId',
    {
      schema: {
        tags,
        summary: 'A workflow with its draft and versions',
        params: Params,
        response: { 200: WorkflowView, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'supervisor');
      return await committedView(request.params.workspaceId, request.params.workflowId);
    },
  );

  app.put(
    '/workspaces/:workspaceId/workflows/:workflowId/draft',
    {
      schema: {
        tags,
        summary: 'Save the draft (admin); checked on save, naming the step at fault',
        params: Params,
        body: Type.Object(
          { name: Type.String({ minLength: 1, maxLength: 200 }), definition: WorkflowDefinitionInputSchema },
          { additionalProperties: false },
        ),
        response: { 200: WorkflowView, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      requireWorkflow(
        await committedWorkspace(runtime, request.params.workspaceId),
        request.params.workflowId,
      );
      await runtime.execute(
        request.params.workspaceId,
        {
          type: 'workflow.save_draft',
          workflowId: request.params.workflowId,
          name: request.body.name,
          definition: request.body.definition as unknown as WorkflowDefinition,
        },
        actorOf(principal),
      );
      return await committedView(request.params.workspaceId, request.params.workflowId);
    },
  );

  app.post(
    '/workspaces/:workspaceId/workflows/:workflowId/publish',
    {
      schema: {
        tags,
        summary: 'Publish the draft as a new immutable version; running instances keep theirs (F1)',
        params: Params,
        response: { 200: WorkflowView, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'workflow.publish', workflowId: request.params.workflowId },
        actorOf(principal),
      );
      return await committedView(request.params.workspaceId, request.params.workflowId);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/workflows/:workflowId',
    {
      schema: {
        tags,
        summary: 'Remove a workflow (admin): its running instances stop where they are; its run log stays',
        params: Params,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'workflow.remove', workflowId: request.params.workflowId },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/workspaces/:workspaceId/workflows/:workflowId/runs',
    {
      schema: {
        tags,
        summary:
          'The run log (F5), newest first: runs started, steps entered, branches taken and why, results; page back with before',
        params: Params,
        querystring: RunsQuery,
        response: {
          200: WorkflowRunsPageSchema,
          ...errors,
        },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'supervisor');
      requireWorkflow(
        await committedWorkspace(runtime, request.params.workspaceId),
        request.params.workflowId,
      );
      const limit = request.query.limit ?? defaultRunsLimit;
      // One more than asked tells whether an older page follows.
      const events = await store.history(request.params.workspaceId, {
        entityType: 'workflow',
        entityId: request.params.workflowId,
        types: [...runEntryTypes],
        beforeSeq: request.query.before,
        newestFirst: true,
        limit: limit + 1,
      });
      const items = events.slice(0, limit);
      return {
        items: items.flatMap(runEntryView),
        ...(events.length > limit ? { nextBefore: items.at(-1)!.seq } : {}),
      };
    },
  );
}
