import type { App, ServerContext } from '../context.ts';
import { registerSessions } from './sessions.ts';
import { registerUsers } from './users.ts';
import { registerWorkspaces } from './workspaces.ts';

export async function registerRoutes(app: App, context: ServerContext): Promise<void> {
  await app.register(
    async (v1) => {
      registerSessions(v1 as App, context);
      registerWorkspaces(v1 as App, context);
      registerUsers(v1 as App, context);
    },
    { prefix: '/v1' },
  );
}
