import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { checkTrunkCredentials } from '../../telephony/sip/trunk-secrets.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { errors, Nullable, WorkspaceParams } from '../schemas.ts';

const CredentialsBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({
      minLength: 1,
      maxLength: 200,
      description: 'Never answered back, logged or exported',
    }),
  },
  { additionalProperties: false },
);

const CredentialsView = Type.Object({
  username: Type.String(),
  passwordSet: Type.Boolean({ description: 'Always true: the password itself is never answered' }),
});

/**
 * Digest credentials for the carrier (issue 13 item 3): when it challenges an outbound INVITE
 * (401/407), Switchboard answers with these. Kept out of the event log, the trunk's own
 * answer and the YAML export; this route never answers the password back.
 */
export function registerSipTrunkCredentials(app: App, context: ServerContext): void {
  const tags = ['sip'];
  const secrets = () => {
    if (!context.sip)
      throw new HttpError(409, 'conflict', 'SIP telephony is not enabled on this server (--telephony sip)');
    return context.sip.trunkSecrets;
  };

  app.get(
    '/workspaces/:workspaceId/sip/trunk/credentials',
    {
      schema: {
        tags,
        summary: 'The trunk’s outbound credentials: the username only (admin)',
        params: WorkspaceParams,
        response: { 200: Nullable(CredentialsView), ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      await committedWorkspace(context.runtime, request.params.workspaceId);
      const found = await secrets().get(request.params.workspaceId);
      return found ? { username: found.username, passwordSet: true } : null;
    },
  );

  app.put(
    '/workspaces/:workspaceId/sip/trunk/credentials',
    {
      schema: {
        tags,
        summary: 'Set the credentials the carrier asks for on outbound calls (digest, admin)',
        params: WorkspaceParams,
        body: CredentialsBody,
        response: { 200: CredentialsView, ...errors },
      },
    },
    async (request) => {
      authorize(request, request.params.workspaceId, 'admin');
      await committedWorkspace(context.runtime, request.params.workspaceId);
      const credentials = checkTrunkCredentials(request.body);
      await secrets().set(request.params.workspaceId, credentials);
      return { username: credentials.username, passwordSet: true };
    },
  );

  app.delete(
    '/workspaces/:workspaceId/sip/trunk/credentials',
    {
      schema: {
        tags,
        summary: 'Forget the trunk’s outbound credentials (admin)',
        params: WorkspaceParams,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      authorize(request, request.params.workspaceId, 'admin');
      await committedWorkspace(context.runtime, request.params.workspaceId);
      await secrets().remove(request.params.workspaceId);
      return reply.status(204).send(null);
    },
  );
}
