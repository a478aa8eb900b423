import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id } from '../schemas.ts';
import { requireWorkflow, WorkflowView, workflowView } from './workflows.ts';

const Params = Type.Object({ workspaceId: Id, workflowId: Id });

/**
 * F1: an admin switches a workflow off and on again without touching its versions. A
 * disabled workflow starts no new runs; the runs already going finish on their version.
 */
export function registerWorkflowEnabled(app: App, context: ServerContext): void {
  app.put(
    '/workspaces/:workspaceId/workflows/:workflowId/enabled',
    {
      schema: {
        tags: ['workflows'],
        summary: 'Enable or disable a workflow (admin); a disabled one starts no new runs',
        params: Params,
        body: Type.Object({ enabled: Type.Boolean() }, { additionalProperties: false }),
        response: { 200: WorkflowView, ...errors },
      },
    },
    async (request) => {
      const { workspaceId, workflowId } = request.params;
      const principal = authorize(request, workspaceId, 'admin');
      await context.runtime.execute(
        workspaceId,
        { type: 'workflow.set_enabled', workflowId, enabled: request.body.enabled },
        actorOf(principal),
      );
      const state = await committedWorkspace(context.runtime, workspaceId);
      return workflowView(state, requireWorkflow(state, workflowId));
    },
  );
}
