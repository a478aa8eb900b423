import type { FastifyReply, FastifyRequest } from 'fastify';
import type { WorkspaceState } from '../../engine/state.ts';
import { HttpError } from '../errors.ts';
import { type Limits, tooMany } from '../limits/limits.ts';

/**
 * A browser says which site a request comes from (Origin). The widget's own page is this
 * server, so its origin is always allowed; another site only if the workspace lists it, or
 * lists none (issue 12 item 9). A request without Origin is no browser's, and the rate
 * limits, not the list, stand against it.
 */
export function originAllowed(request: FastifyRequest, state: WorkspaceState): boolean {
  const origin = request.headers.origin;
  if (!origin || !state.webchatOrigins?.length) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  return host === request.headers.host || state.webchatOrigins.includes(origin.toLowerCase());
}

export function requireOrigin(request: FastifyRequest, state: WorkspaceState): void {
  if (!originAllowed(request, state))
    throw new HttpError(
      403,
      'forbidden',
      `this workspace's web chat is not allowed on ${request.headers.origin}`,
      'origin',
    );
}

/** A visitor's message counts against their rate and their characters; neither is spent if either is over. */
export function spendMessage(limits: Limits, reply: FastifyReply, visitor: string, characters: number): void {
  const waits = [
    limits.webchatMessagesPerVisitor.retryAfter(visitor),
    limits.webchatCharactersPerVisitor.retryAfter(visitor, characters),
  ].filter((wait) => wait !== undefined);
  if (waits.length > 0) throw tooMany(reply, Math.max(...waits), 'you are writing too fast');
  limits.webchatMessagesPerVisitor.add(visitor);
  limits.webchatCharactersPerVisitor.add(visitor, characters);
}
