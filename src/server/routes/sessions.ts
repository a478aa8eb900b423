import { Type } from 'typebox';
import { committedWorkspace } from '../../app/workspace.ts';
import { newToken, tokenHash } from '../../security/tokens.ts';
import { principalOf } from '../auth/principal.ts';
import { passwordMatches } from '../auth/sign-in.ts';
import type { App, ServerContext } from '../context.ts';
import { HttpError } from '../errors.ts';
import { type Limits, tooMany } from '../limits/limits.ts';
import { ErrorSchema, errors, Id, RoleSchema, UserSchema } from '../schemas.ts';
import { userView } from '../views.ts';

/** `token` is a session of the same person in that workspace, so a switch needs no new log-in. */
const WorkspaceRef = Type.Object({ id: Type.String(), name: Type.String(), token: Type.String() });

const SessionView = Type.Object({
  token: Type.String(),
  workspaceId: Type.String(),
  user: UserSchema,
  /** Every workspace where the same email and password sign in: the workspace switcher. */
  workspaces: Type.Array(WorkspaceRef),
});

const badLogin = () => new HttpError(401, 'unauthorized', 'email or password is wrong');

/**
 * Milliseconds to wait when this account or this address has had too many wrong passwords
 * (issue 12 item 8): the account limit stops a guesser spread over many addresses, the
 * address limit one trying many accounts.
 */
function throttled(limits: Limits, account: string, address: string): number | undefined {
  const waits = [
    limits.signInFailuresPerAccount.retryAfter(account),
    limits.signInFailuresPerAddress.retryAfter(address),
  ].filter((wait) => wait !== undefined);
  return waits.length > 0 ? Math.max(...waits) : undefined;
}

export function registerSessions(
  app: App,
  { runtime, store, sessionTtlMs, sessionStreams, limits, passwords }: ServerContext,
): void {
  app.post(
    '/sessions',
    {
      config: { public: true },
      schema: {
        tags: ['sessions'],
        summary: 'Sign in with email and password; optionally choose the workspace',
        security: [],
        body: Type.Object(
          {
            email: Type.String({ minLength: 3, maxLength: 320 }),
            password: Type.String({ minLength: 1, maxLength: 200 }),
            workspaceId: Type.Optional(Id),
          },
          { additionalProperties: false },
        ),
        response: { 201: SessionView, ...errors, 429: ErrorSchema },
      },
    },
    async (request, reply) => {
      const { email, password, workspaceId } = request.body;
      const account = email.trim().toLowerCase();
      const wait = throttled(limits, account, request.ip);
      if (wait !== undefined)
        throw tooMany(reply, wait, 'too many wrong passwords for this account or from this address');
      const matches = await passwordMatches(store, email, password, passwords);
      const names = new Map<string, string>();
      for (const { workspaceId } of matches) {
        const name = await runtime.read(workspaceId, (state) => state.name);
        if (name !== undefined) names.set(workspaceId, name);
      }
      const valid = matches.filter((entry) => names.has(entry.workspaceId));
      const chosen = workspaceId ? valid.find((entry) => entry.workspaceId === workspaceId) : valid[0];
      if (!chosen) {
        limits.signInFailuresPerAccount.add(account);
        limits.signInFailuresPerAddress.add(request.ip);
        throw badLogin();
      }
      limits.signInFailuresPerAccount.reset(account);
      const state = await committedWorkspace(runtime, chosen.workspaceId);
      const user = state.users[chosen.userId];
      if (!user) throw badLogin();
      const signedIn = userView(state, user);
      const now = runtime.clock.now();
      const sessions = [];
      for (const entry of valid) {
        const token = newToken('sbs');
        await store.saveSession({
          tokenHash: tokenHash(token),
          workspaceId: entry.workspaceId,
          userId: entry.userId,
          createdAt: now,
          expiresAt: now + sessionTtlMs,
        });
        sessions.push({ id: entry.workspaceId, name: names.get(entry.workspaceId)!, token });
      }
      return reply.status(201).send({
        token: sessions.find((session) => session.id === chosen.workspaceId)!.token,
        workspaceId: chosen.workspaceId,
        user: signedIn,
        workspaces: sessions,
      });
    },
  );

  app.delete(
    '/sessions/current',
    { schema: { tags: ['sessions'], summary: 'Sign out', response: { 204: Type.Null(), ...errors } } },
    async (request, reply) => {
      const principal = principalOf(request);
      if (principal.kind === 'user') {
        await store.deleteSession(principal.tokenHash);
        sessionStreams.end(principal.tokenHash);
      }
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      schema: {
        tags: ['sessions'],
        summary: 'Who the token belongs to',
        response: {
          200: Type.Object({
            kind: Type.Union([Type.Literal('admin'), Type.Literal('api_key'), Type.Literal('user')]),
            workspaceId: Type.Optional(Type.String()),
            role: RoleSchema,
            user: Type.Optional(UserSchema),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const principal = principalOf(request);
      if (principal.kind === 'admin') return { kind: 'admin' as const, role: 'admin' as const };
      if (principal.kind === 'api_key')
        return { kind: 'api_key' as const, workspaceId: principal.workspaceId, role: principal.role };
      const state = await committedWorkspace(runtime, principal.workspaceId);
      return {
        kind: 'user' as const,
        workspaceId: principal.workspaceId,
        role: principal.role,
        user: userView(state, state.users[principal.userId]!),
      };
    },
  );
}
