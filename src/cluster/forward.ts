import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Runtime } from '../runtime/runtime.ts';
import type { ClusterNode } from './node.ts';

/** Marks a request one node passed to another, so that it is never passed on twice. */
export const forwardedHeader = 'x-switchboard-forwarded';

/** Seconds a client should wait before retrying a command whose workspace is changing hands. */
export const retryAfterSeconds = 1;

const reads = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The workspace a request acts on: the caller's own, or the one its path names (the server admin key). */
function workspaceOf(request: FastifyRequest): string | undefined {
  const principal = request.principal;
  if (principal && principal.kind !== 'admin') return principal.workspaceId;
  const params = request.params as { workspaceId?: unknown } | undefined;
  return typeof params?.workspaceId === 'string' ? params.workspaceId : undefined;
}

export function unavailable(reply: FastifyReply, workspaceId: string): FastifyReply {
  return reply
    .status(503)
    .header('retry-after', String(retryAfterSeconds))
    .send({
      error: {
        code: 'unavailable',
        message: `workspace ${workspaceId} is moving to another node; retry in ${retryAfterSeconds} s`,
      },
    });
}

/**
 * Any node accepts any request (P2). Reads are answered here, from this node's replica and
 * the shared read models; a command for a workspace another node owns is passed to that
 * node as it came (same method, path, token and body) and its answer returned. When no live
 * owner is known (a takeover under way), or this node is handing the workspace to another,
 * the client is told to retry shortly.
 */
export function forwardingHook(runtime: Runtime, cluster: ClusterNode) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    if (reads.has(request.method)) return undefined;
    const workspaceId = workspaceOf(request);
    if (workspaceId && cluster.handingOff(workspaceId)) return unavailable(reply, workspaceId);
    if (!workspaceId || runtime.owns(workspaceId) || !runtime.state(workspaceId)) return undefined;
    const owner = await cluster.ownerOf(workspaceId).catch(() => undefined);
    if (!owner?.live || !owner.address || owner.nodeId === cluster.nodeId || request.headers[forwardedHeader])
      return unavailable(reply, workspaceId);
    const body = request.body;
    if (body !== undefined && (typeof body !== 'object' || Buffer.isBuffer(body)))
      return unavailable(reply, workspaceId);
    let answer: Response;
    try {
      answer = await fetch(new URL(request.url, owner.address), {
        method: request.method,
        headers: {
          ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          [forwardedHeader]: cluster.nodeId,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(10_000),
      });
    } catch {
      // The owner did not answer: it may have just died. Its command may or may not have run.
      return unavailable(reply, workspaceId);
    }
    const type = answer.headers.get('content-type');
    const retry = answer.headers.get('retry-after');
    reply.status(answer.status);
    if (type) reply.header('content-type', type);
    if (retry) reply.header('retry-after', retry);
    return reply.send(Buffer.from(await answer.arrayBuffer()));
  };
}
