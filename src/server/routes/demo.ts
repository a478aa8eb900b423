import { Type } from 'typebox';
import type { App, ServerContext } from '../context.ts';
import { HttpError } from '../errors.ts';
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
      schema: {
        tags: ['sessions'],
        summary: 'The demo workspace’s sign-ins, when the server runs the demo (no authentication)',
        response: { 200: DemoSchema, ...errors },
      },
    },
    async () => {
      if (!context.demo) throw new HttpError(404, 'not_found', 'this server does not run the demo workspace');
      return context.demo;
    },
  );
}
