import type { FastifyRequest } from 'fastify';
import { type Role, roleAtLeast } from '../../domain/roles.ts';
import type { Actor } from '../../engine/tx.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import type { Store } from '../../store/port.ts';
import { forbidden, HttpError, unauthorized } from '../errors.ts';
import { tokenHash } from './secrets.ts';

/** Who is calling: the server's admin key, a workspace API key, or a signed-in user. */
export type Principal =
  | { kind: 'admin'; keyId: string }
  | { kind: 'api_key'; keyId: string; workspaceId: string; role: Role }
  | { kind: 'user'; workspaceId: string; userId: string; role: Role; tokenHash: string };

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const query = request.query as { token?: unknown } | undefined;
  return typeof query?.token === 'string' ? query.token : undefined;
}

export async function resolvePrincipal(
  token: string | undefined,
  store: Store,
  runtime: Runtime,
  now: number,
): Promise<Principal | undefined> {
  if (!token) return undefined;
  const hash = tokenHash(token);
  if (token.startsWith('sbs_')) {
    const session = await store.findSession(hash);
    if (!session || session.expiresAt <= now) return undefined;
    const user = runtime.state(session.workspaceId)?.users[session.userId];
    if (!user) return undefined;
    return {
      kind: 'user',
      workspaceId: session.workspaceId,
      userId: user.id,
      role: user.role,
      tokenHash: hash,
    };
  }
  const key = await store.findApiKey(hash);
  if (!key || key.revokedAt !== undefined) return undefined;
  if (key.workspaceId === undefined) return { kind: 'admin', keyId: key.id };
  if (!runtime.state(key.workspaceId)) return undefined;
  return { kind: 'api_key', keyId: key.id, workspaceId: key.workspaceId, role: key.role };
}

export function principalOf(request: FastifyRequest): Principal {
  const principal = request.principal;
  if (!principal) throw unauthorized();
  return principal;
}

/**
 * The access rule of every workspace route: the caller must belong to the workspace (else
 * 404, so a workspace's existence does not leak) and hold at least `role` (else 403).
 */
export function authorize(request: FastifyRequest, workspaceId: string, role: Role): Principal {
  const principal = principalOf(request);
  if (principal.kind === 'admin') return principal;
  if (principal.workspaceId !== workspaceId)
    throw new HttpError(404, 'not_found', `workspace ${workspaceId} does not exist`, 'workspaceId');
  if (!roleAtLeast(principal.role, role))
    throw forbidden(`this needs the ${role} role; you are ${principal.role}`);
  return principal;
}

export function actorOf(principal: Principal): Actor {
  if (principal.kind === 'user') return { kind: 'user', userId: principal.userId };
  if (principal.kind === 'api_key') return { kind: 'api_key', keyId: principal.keyId };
  return { kind: 'admin' };
}

/** Supervisors and admins see everything in their workspace; an agent sees their own. */
export const seesAll = (principal: Principal) =>
  principal.kind !== 'user' || roleAtLeast(principal.role, 'supervisor');

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
