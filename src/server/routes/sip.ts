import { Type } from 'typebox';
import { TrunkSchema } from '../../api/configuration.ts';
import { committedWorkspace } from '../../app/workspace.ts';
import { DomainError } from '../../domain/errors.ts';
import { sipOf, sipRealm } from '../../engine/workspace/sip.ts';
import { ha1For } from '../../telephony/sip/digest.ts';
import { actorOf, authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, Nullable, WorkspaceParams } from '../schemas.ts';

const tags = ['sip'];

const AccountBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({
      minLength: 8,
      maxLength: 200,
      description: 'Only its digest hashes (MD5 and SHA-256 HA1) are kept',
    }),
  },
  { additionalProperties: false },
);

const AccountSchema = Type.Object({
  username: Type.String(),
  realm: Type.String(),
  registered: Type.Boolean(),
  devices: Type.Array(
    Type.Object({
      contact: Type.String(),
      transport: Type.String(),
      address: Type.String(),
      expiresAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

const UserParams = Type.Object({ workspaceId: Id, userId: Id });

/** The trunk (W7) and agents' SIP accounts with their registration status (S2). */
export function registerSip(app: App, context: ServerContext): void {
  const { runtime } = context;

  const accountView = async (workspaceId: string, userId: string) => {
    const account = sipOf(await committedWorkspace(runtime, workspaceId)).accounts;
    if (!Object.hasOwn(account, userId))
      throw new DomainError('not_found', `user ${userId} has no SIP account`, 'userId');
    const devices = (await context.sip?.listedDevices(workspaceId, userId)) ?? [];
    return {
      username: account[userId]!.username,
      realm: sipRealm,
      registered: devices.length > 0,
      devices: devices.map((device) => ({
        contact: device.contact,
        transport: device.peer.transport,
        address: `${device.peer.address}:${device.peer.port}`,
        expiresAt: new Date(device.expiresAt).toISOString(),
      })),
    };
  };

  app.get(
    '/workspaces/:workspaceId/sip/trunk',
    {
      schema: {
        tags,
        summary: 'The SIP trunk (admin)',
        params: WorkspaceParams,
        response: { 200: Nullable(TrunkSchema), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      return sipOf(await committedWorkspace(runtime, request.params.workspaceId)).trunk ?? null;
    },
  );

  app.put(
    '/workspaces/:workspaceId/sip/trunk',
    {
      schema: {
        tags,
        summary: 'Set the SIP trunk: who may send calls in, where outbound legs go (admin)',
        params: WorkspaceParams,
        body: TrunkSchema,
        response: { 200: TrunkSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'sip.configure_trunk', trunk: request.body },
        actorOf(principal),
      );
      return sipOf(await committedWorkspace(runtime, request.params.workspaceId)).trunk!;
    },
  );

  app.get(
    '/workspaces/:workspaceId/users/:userId/sip',
    {
      schema: {
        tags,
        summary: "A user's SIP account and registered phones",
        params: UserParams,
        response: { 200: AccountSchema, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      return accountView(request.params.workspaceId, request.params.userId);
    },
  );

  app.put(
    '/workspaces/:workspaceId/users/:userId/sip',
    {
      schema: {
        tags,
        summary: "Set a user's SIP credentials for their phones (admin)",
        params: UserParams,
        body: AccountBody,
        response: { 200: AccountSchema, ...errors },
      },
    },
    async (request) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      const { workspaceId, userId } = request.params;
      const username = request.body.username.trim();
      await runtime.execute(
        workspaceId,
        { type: 'sip.set_account', userId, username, ha1: ha1For(username, sipRealm, request.body.password) },
        actorOf(principal),
      );
      return accountView(workspaceId, userId);
    },
  );

  app.delete(
    '/workspaces/:workspaceId/users/:userId/sip',
    {
      schema: {
        tags,
        summary: "Remove a user's SIP account (admin)",
        params: UserParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const principal = authorize(request, request.params.workspaceId, 'admin');
      await runtime.execute(
        request.params.workspaceId,
        { type: 'sip.remove_account', userId: request.params.userId },
        actorOf(principal),
      );
      return reply.status(204).send(null);
    },
  );
}
