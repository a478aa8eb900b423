import { Type } from 'typebox';
import { RoutingRuleSchema } from '../../api/configuration.ts';
import { routingRuleOf, routingRules, routingRuleView } from '../../app/routing/rules.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { maxWrapUpSec, ruleTargetKinds } from '../../engine/routing/rules.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, SkillRequirementSchema, WorkspaceParams } from '../schemas.ts';

const Kind = Type.Enum([...ruleTargetKinds]);

const SetRule = Type.Object(
  {
    skills: Type.Optional(
      Type.Array(SkillRequirementSchema, {
        maxItems: 20,
        description: 'R1: all of them are required; the whole list replaces the previous one',
      }),
    ),
    wrapUpSec: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: maxWrapUpSec,
        description: 'R2: seconds of after-call work; 0: none',
      }),
    ),
  },
  { additionalProperties: false },
);

const Params = Type.Object({ workspaceId: Id, kind: Kind, id: Id });

/**
 * R1/R2: the skills a number's, group's or department's work needs and the wrap-up its agents
 * get. Everyone in the workspace reads them; only admins change routing (W2).
 */
export function registerRoutingRules(app: App, context: ServerContext): void {
  const tags = ['routing'];
  const base = '/workspaces/:workspaceId/routing-rules';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Skills required and wrap-up, per number, group and department that has any',
        params: WorkspaceParams,
        response: { 200: Type.Object({ items: Type.Array(RoutingRuleSchema) }), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const items = routingRules(state);
      return { items };
    },
  );

  app.get(
    `${base}/:kind/:id`,
    {
      schema: {
        tags,
        summary: 'The skills required and the wrap-up of one number, group or department',
        params: Params,
        response: { 200: RoutingRuleSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'agent');
      const state = await committedWorkspace(context.runtime, request.params.workspaceId);
      const { kind, id } = request.params;
      return routingRuleOf(state, kind, id);
    },
  );

  app.put(
    `${base}/:kind/:id`,
    {
      schema: {
        tags,
        summary: 'Set the skills required and the wrap-up of a number, group or department (admin)',
        params: Params,
        body: SetRule,
        response: { 200: RoutingRuleSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { kind, id } = request.params;
      await context.runtime.execute(
        request.params.workspaceId,
        { type: 'routing_rules.set', target: { kind, id }, ...request.body } as never,
        actorOf(principal),
      );
      return routingRuleView(await committedWorkspace(context.runtime, request.params.workspaceId), kind, id);
    },
  );
}
