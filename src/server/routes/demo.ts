import { Type } from 'typebox';
import type { App, ServerContext } from '../context.ts';
import { errors } from '../schemas.ts';

const DemoWorkspace = Type.Object({
  workspaceId: Type.String(),
  workspaceName: Type.String(),
  language: Type.Optional(Type.String({ description: 'The language the demo business writes in: en, es' })),
  people: Type.Array(
    Type.Object({
      email: Type.String(),
      password: Type.String(),
      name: Type.String(),
      role: Type.String(),
    }),
  ),
});

/** The default demo's fields at the top (as before), and every demo workspace the server runs. */
const DemoSchema = Type.Intersect([
  DemoWorkspace,
  Type.Object({
    demos: Type.Array(DemoWorkspace, {
      description: 'Each demo workspace (serve --demo runs an English and a Spanish one)',
    }),
  }),
]);

/**
 * Public on purpose, and only on a server started with `--demo`: the demo's sign-ins are
 * already in demo/workspace.yaml, and a newcomer should reach the console without reading it.
 */
export function registerDemo(app: App, context: ServerContext): void {
  app.get(
    '/demo',
    {
      config: { public: true },
      schema: {
        tags: ['sessions'],
        summary: 'The demo workspace’s sign-ins when the server runs the demo, else 204 (no authentication)',
        response: { 200: DemoSchema, 204: Type.Null(), ...errors },
      },
    },
    // 204, not 404: every log-in page asks, and an ordinary server is no error.
    async (_request, reply) => {
      const [first] = context.demos;
      return first ? { ...first, demos: context.demos } : reply.status(204).send(null);
    },
  );
}
