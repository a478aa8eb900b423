import { type Role, roleAtLeast } from '../domain/roles.ts';

/** Who is calling: the server's admin key, a workspace API key, or a signed-in user. */
export type Principal =
  | { kind: 'admin'; keyId: string }
  | { kind: 'api_key'; keyId: string; workspaceId: string; role: Role }
  | { kind: 'user'; workspaceId: string; userId: string; role: Role; tokenHash: string };

/**
 * The server admin key, supervisors and admins see everything in their workspace; an agent
 * sees their own. An API key has exactly its role's rights (issue 12 item 7): an agent-role
 * key belongs to no user, so it has nothing of its own to see.
 */
export const seesAll = (principal: Principal) =>
  principal.kind === 'admin' || roleAtLeast(principal.role, 'supervisor');

/** The user an agent-level principal acts as, if a signed-in user. */
export const ownUserId = (principal: Principal) => (principal.kind === 'user' ? principal.userId : undefined);
