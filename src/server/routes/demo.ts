import { Type } from 'typebox';
import type { App, ServerContext } from '../context.ts';
import { errors } from '../schemas.ts';

const DemoSchema = Type.Object({
  workspaceId: Type.String(),
  workspaceName: Type.String(),
  people: Type.Array(
    Type.Object({
      email: Type.String(),
      password: Type.String(),
      name: Type.String(),
      role: Type.String(),
    }),
  ),
});

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
    async (_request, reply) => (context.demo ? context.demo : reply.status(204).send(null)),
  );
}
