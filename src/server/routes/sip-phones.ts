import { Type } from 'typebox';
import { seesAll } from '../../app/principal.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { notFound } from '../../domain/errors.ts';
import { sipOf } from '../../engine/workspace/sip.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { forbidden } from '../errors.ts';
import { errors, Id, Nullable } from '../schemas.ts';

const PhonesSchema = Type.Object({
  account: Nullable(
    Type.Object(
      { username: Type.String() },
      { description: 'The user’s SIP credentials (the username only); null when an admin has set none' },
    ),
  ),
  registered: Type.Boolean(),
  devices: Type.Array(
    Type.Object({
      contact: Type.String({ description: 'The Contact URI the phone registered' }),
      transport: Type.String(),
      address: Type.String({ description: 'Where its REGISTER came from (address:port)' }),
      userAgent: Type.Optional(Type.String({ description: 'The phone’s own name (User-Agent)' })),
      expiresAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

const Params = Type.Object({ workspaceId: Id, userId: Id });

/**
 * S2: which desk and soft phones a user has registered, from where, until when. The user sees
 * their own (the desktop's phone setup); supervisors and admins see anyone's (the user's page).
 */
export function registerSipPhones(app: App, context: ServerContext): void {
  app.get(
    '/workspaces/:workspaceId/users/:userId/phones',
    {
      schema: {
        tags: ['sip'],
        summary:
          'A user’s registered SIP phones: from where, with what, until when (the user, supervisors, admins)',
        params: Params,
        response: { 200: PhonesSchema, ...errors },
      },
    },
    async (request) => {
      const { workspaceId, userId } = request.params;
      const principal = authorize(request, workspaceId, 'agent');
      if (!seesAll(principal) && !(principal.kind === 'user' && principal.userId === userId))
        throw forbidden('only supervisors and admins see other users’ phones');
      const state = await committedWorkspace(context.runtime, workspaceId);
      if (!Object.hasOwn(state.users, userId)) throw notFound('user', userId, 'userId');
      const accounts = sipOf(state).accounts;
      const account = Object.hasOwn(accounts, userId) ? { username: accounts[userId]!.username } : null;
      const devices = account ? ((await context.sip?.listedDevices(workspaceId, userId)) ?? []) : [];
      return {
        account,
        registered: devices.length > 0,
        devices: devices.map((device) => ({
          contact: device.contact,
          transport: device.peer.transport,
          address: `${device.peer.address}:${device.peer.port}`,
          ...(device.userAgent ? { userAgent: device.userAgent } : {}),
          expiresAt: new Date(device.expiresAt).toISOString(),
        })),
      };
    },
  );
}
