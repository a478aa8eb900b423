import { Type } from 'typebox';
import { WorkflowTemplateSchema } from '../../api/workflow-templates.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { fillTemplate, workflowTemplates } from '../../engine/workflow/templates.ts';
import { newId } from '../../runtime/ids.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, WorkspaceParams } from '../schemas.ts';
import { requireWorkflow, WorkflowView, workflowView } from './workflows.ts';

const TemplateView = WorkflowTemplateSchema;

const Params = Type.Object({ workspaceId: Id, templateId: Id });

const FromTemplate = Type.Object(
  {
    id: Type.Optional(Id),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    parameters: Type.Record(
      Type.String({ maxLength: 50 }),
      Type.Union([Type.Integer(), Type.String({ maxLength: 100 })]),
      {
        maxProperties: 20,
        description: 'The template’s parameters by name: an agent, a team, a number (ids), minutes',
      },
    ),
  },
  { additionalProperties: false },
);

/** F4: ready-made workflows (seed 003's canonical flow among them), created as drafts to review and publish. */
export function registerWorkflowTemplates(app: App, context: ServerContext): void {
  const tags = ['workflows'];

  app.get(
    '/workspaces/:workspaceId/workflow-templates',
    {
      schema: {
        tags,
        summary: 'Workflow templates and the parameters each asks for',
        params: WorkspaceParams,
        response: { 200: Type.Object({ items: Type.Array(TemplateView) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'supervisor');
      return {
        items: workflowTemplates.map(({ id, name, description, parameters }) => ({
          id,
          name,
          description,
          parameters,
        })),
      };
    },
  );

  app.post(
    '/workspaces/:workspaceId/workflow-templates/:templateId/workflows',
    {
      schema: {
        tags,
        summary: 'Create a workflow draft from a template with its parameters (admin); publish it to run it',
        params: Params,
        body: FromTemplate,
        response: { 201: WorkflowView, ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId, templateId } = request.params;
      const principal = authorize(request, workspaceId, 'admin');
      const template = workflowTemplates.find((candidate) => candidate.id === templateId);
      if (!template) throw notFound('workflow template', templateId, 'templateId');
      const before = await committedWorkspace(context.runtime, workspaceId);
      const filled = fillTemplate(before, template, request.body.parameters);
      const workflowId = request.body.id ?? newId('wf');
      if (before.workflows[workflowId]) throw conflict(`workflow ${workflowId} already exists`, 'id');
      await context.runtime.execute(
        workspaceId,
        {
          type: 'workflow.save_draft',
          workflowId,
          name: request.body.name ?? filled.name,
          definition: filled.definition,
        },
        actorOf(principal),
      );
      const after = await committedWorkspace(context.runtime, workspaceId);
      return reply.status(201).send(workflowView(after, requireWorkflow(after, workflowId)));
    },
  );
}
