import type { FastifyRequest } from 'fastify';
import { ownUserId, type Principal, seesAll } from '../../app/principal.ts';
import { type Role, roleAtLeast } from '../../domain/roles.ts';
import type { Actor } from '../../engine/tx.ts';
import type { Runtime } from '../../runtime/runtime.ts';
import { tokenHash } from '../../security/tokens.ts';
import type { ApiKeyRecord, Store } from '../../store/port.ts';
import { forbidden, HttpError, unauthorized } from '../errors.ts';

/**
 * The bearer token: from the Authorization header, or `?token=` on a WebSocket upgrade only,
 * since a browser cannot set headers there. Anywhere else a URL token would end up in logs,
 * history and Referer headers, so a REST request carrying one is refused (issue 12 item 10).
 */
export function bearerToken(request: FastifyRequest): string | undefined {
  const query = request.query as { token?: unknown } | undefined;
  const inQuery = query !== undefined && Object.hasOwn(query, 'token');
  if (inQuery && !request.ws)
    throw new HttpError(
      400,
      'validation',
      'a token in the URL is accepted only when opening a WebSocket; send Authorization: Bearer <token>',
      'token',
    );
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return inQuery && typeof query.token === 'string' ? query.token : undefined;
}

/**
 * The token's principal: at once, no promise, for an API key the store holds in memory (the
 * credential cache: every request of an integration), else once looked up.
 */
export function resolvePrincipal(
  token: string | undefined,
  store: Store,
  runtime: Runtime,
  now: number,
): Principal | undefined | Promise<Principal | undefined> {
  if (!token) return undefined;
  // Hashed afresh each time: a memo would keep raw tokens, live secrets, in the heap
  // (bench/token-hash.ts: the one-shot hash is a small part of the API-key path).
  const hash = tokenHash(token);
  if (token.startsWith('sbs_')) return sessionPrincipal(hash, store, runtime, now);
  const known = store.knownApiKey?.(hash);
  if (known) return apiKeyPrincipal(known, runtime);
  return store.findApiKey(hash).then((key) => apiKeyPrincipal(key, runtime));
}

async function sessionPrincipal(
  hash: string,
  store: Store,
  runtime: Runtime,
  now: number,
): Promise<Principal | undefined> {
  const session = await store.findSession(hash);
  if (!session || session.expiresAt <= now) return undefined;
  // The committed state, as every reader's: a decision not yet durable may still be undone.
  // Role taken inside the read: the user changes in place as later commands are decided.
  const user = await runtime.read(session.workspaceId, ({ users }) =>
    Object.hasOwn(users, session.userId)
      ? { id: session.userId, role: users[session.userId]!.role }
      : undefined,
  );
  if (!user) return undefined;
  return {
    kind: 'user',
    workspaceId: session.workspaceId,
    userId: user.id,
    role: user.role,
    tokenHash: hash,
  };
}

function apiKeyPrincipal(key: ApiKeyRecord | undefined, runtime: Runtime): Principal | undefined {
  if (!key || key.revokedAt !== undefined) return undefined;
  if (key.workspaceId === undefined) return { kind: 'admin', keyId: key.id };
  // The workspace's creation durable; no wait for the commits in flight (they cannot undo it).
  if (!runtime.created(key.workspaceId)) return undefined;
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

/**
 * The signed-in agent whose own things a route shows or changes. An agent-role API key stands
 * for no user, so it is refused rather than shown everyone's.
 */
export function requireOwnUser(principal: Principal, what: string): string {
  const own = ownUserId(principal);
  if (own === undefined)
    throw forbidden(`an agent-role API key belongs to no user, so it has no ${what} of its own`);
  return own;
}

/** Agents act only on their own (phone, legs, …); supervisors and admins on anyone's. */
export function requireOwnOrSupervisor(principal: Principal, userId: string | undefined, what: string): void {
  if (seesAll(principal)) return;
  if (principal.kind === 'user' && userId !== undefined && principal.userId === userId) return;
  throw forbidden(`agents may act only on their own ${what}`);
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}
