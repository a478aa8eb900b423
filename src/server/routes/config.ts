import { Type } from 'typebox';
import { applySpec } from '../../config/apply.ts';
import { exportSpec } from '../../config/export.ts';
import { WorkspaceSpecSchema } from '../../config/spec.ts';
import { specError } from '../../config/validate.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden, HttpError } from '../errors.ts';
import { errors, WorkspaceParams } from '../schemas.ts';

/** A YAML request body, kept as text until the handler parses it (after the caller is authorised). */
class YamlBody {
  constructor(readonly text: string) {}
}

const yamlTypes = ['application/yaml', 'application/x-yaml', 'text/yaml'];

const AppliedSchema = Type.Object({
  workspaceId: Type.String(),
  dryRun: Type.Boolean(),
  applied: Type.Array(
    Type.Object({
      type: Type.String({ description: 'engine command, or password.set' }),
      path: Type.String({ description: 'where in the spec it comes from, e.g. users[2]' }),
      summary: Type.String(),
    }),
  ),
});

const ApplyQuery = Type.Object(
  {
    dryRun: Type.Optional(Type.Boolean({ description: 'plan only: list what would change, change nothing' })),
    prune: Type.Optional(Type.Boolean({ description: 'remove what the spec’s sections do not list' })),
  },
  { additionalProperties: false },
);

const ExportQuery = Type.Object(
  { format: Type.Optional(Type.Enum(['yaml', 'json'])) },
  { additionalProperties: false },
);

/** Configuration as code: PUT a whole workspace spec (JSON or YAML), GET it back. */
export function registerConfig(app: App, context: ServerContext): void {
  const { runtime, store } = context;
  const tags = ['configuration'];

  app.register(async (scope) => {
    scope.addContentTypeParser(yamlTypes, { parseAs: 'string' }, (_request, body, done) =>
      done(null, new YamlBody(body as string)),
    );
    const config = scope as unknown as App;

    config.put(
      '/workspaces/:workspaceId/config',
      {
        // The body is validated by the spec's own validator, which names paths like users[2].mobile.
        attachValidation: true,
        schema: {
          tags,
          summary: 'Apply a workspace spec (admin): create what is missing, update what differs; idempotent',
          description:
            'Body: the spec as JSON, or as YAML with Content-Type application/yaml. Creating a workspace needs the server admin key. ' +
            'A bad spec is refused with 400 naming the path (users[2].mobile) and changes nothing.',
          consumes: ['application/json', ...yamlTypes],
          params: WorkspaceParams,
          querystring: ApplyQuery,
          body: WorkspaceSpecSchema,
          response: { 200: AppliedSchema, ...errors },
        },
      },
      async (request) => {
        const { workspaceId } = request.params;
        const principal = authorize(request, workspaceId, 'admin');
        if (!(await runtime.committed(workspaceId)) && principal.kind !== 'admin')
          throw forbidden('only the server admin key creates workspaces');
        const body: unknown = request.body;
        // Loaded on the first import or export (with the YAML package), not at every start.
        const { parseSpecYaml, specFromJson } = await import('../../config/parse.ts');
        const spec = body instanceof YamlBody ? parseSpecYaml(body.text) : specFromJson(body);
        if (spec.workspace.id !== workspaceId)
          throw specError(
            ['workspace', 'id'],
            `"${spec.workspace.id}" is not the workspace of this URL (${workspaceId})`,
          );
        const dryRun = request.query.dryRun ?? false;
        const applied = await applySpec({ runtime, store, passwords: context.passwords }, spec, {
          actor: actorOf(principal),
          prune: request.query.prune,
          dryRun,
        });
        return { workspaceId, dryRun, applied };
      },
    );

    config.get(
      '/workspaces/:workspaceId/config',
      {
        schema: {
          tags,
          summary:
            'Export a workspace as a spec (admin): YAML, or JSON with format=json; never holds secrets',
          params: WorkspaceParams,
          querystring: ExportQuery,
          produces: ['application/yaml', 'application/json'],
          response: {
            200: Type.String({
              description: 'the spec as YAML (application/yaml), or as JSON with format=json',
            }),
            ...errors,
          },
        },
      },
      async (request, reply) => {
        const { workspaceId } = request.params;
        authorize(request, workspaceId, 'admin');
        const state = await runtime.committed(workspaceId);
        if (!state)
          throw new HttpError(404, 'not_found', `workspace ${workspaceId} does not exist`, 'workspaceId');
        const spec = exportSpec(state);
        if (request.query.format === 'json') return reply.type('application/json').send(JSON.stringify(spec));
        const { specToYaml } = await import('../../config/spec-yaml.ts');
        return reply.type('application/yaml; charset=utf-8').send(specToYaml(spec));
      },
    );
  });
}
