import type { FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import type { Hello, Reload } from '../../api/stream-messages.ts';
import { StreamFilter } from '../../app/event-visibility/filter.ts';
import type { Principal } from '../../app/principal.ts';
import { ConsolePhone } from '../../telephony/webrtc/console-phone.ts';
import type { App, ServerContext } from '../context.ts';
import { CatchUp, resumeFrom } from '../stream/catch-up.ts';
import { closeCodes, EventStream } from '../stream/event-stream.ts';
import { StreamHub } from '../stream/hub.ts';

/** Which workspace a stream follows: the principal's own, or the one the server admin key names. */
function workspaceOf(request: FastifyRequest): { workspaceId: string } | { code: number; reason: string } {
  const principal = request.principal;
  if (!principal)
    return { code: closeCodes.unauthorized, reason: 'unauthorized: send ?token= or Authorization: Bearer' };
  const query = (request.query ?? {}) as Record<string, unknown>;
  const asked =
    typeof query.workspaceId === 'string' && query.workspaceId !== '' ? query.workspaceId : undefined;
  if (principal.kind === 'admin') {
    if (!asked) return { code: closeCodes.badRequest, reason: 'the server admin key needs ?workspaceId=' };
    return { workspaceId: asked };
  }
  if (asked && asked !== principal.workspaceId)
    return { code: closeCodes.notFound, reason: `workspace ${asked} does not exist` };
  return { workspaceId: principal.workspaceId };
}

/** `?after=` as a sequence number; undefined when absent, null when it is not one. */
function afterOf(request: FastifyRequest): number | undefined | null {
  const value = ((request.query ?? {}) as Record<string, unknown>).after;
  if (value === undefined) return undefined;
  const seq = typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isSafeInteger(seq) ? seq : null;
}

/**
 * WebSocket /v1/stream (X1, SPEC I4): the public messages (src/api/stream-messages.ts) of the
 * committed events the caller may see, live. Browsers cannot set headers on a WebSocket, so
 * the token may come as `?token=`. The first message is `{ type: 'hello', workspaceId, seq }`,
 * seq being the workspace's version as the REST API shows it at that moment. Messages follow
 * as `{ type, version, seq, at, data }`, in log order; `?after=SEQ` first sends what came after
 * SEQ, or `reload` when that is too far back. The AsyncAPI document is /asyncapi.json.
 */
export const streamSummary = 'WebSocket: the workspace’s events as they are committed (X1)';

/** What /docs says about the stream: it has no request or response body for OpenAPI to show. */
export const streamDescription = [
  'Open a **WebSocket** to `/v1/stream` (ws:// or wss://). This is not a plain GET: the server',
  'upgrades the connection and then talks; what the client sends is ignored, except a console',
  "phone's WebRTC signalling when the server runs real telephony (`hello` then says `webrtc: true`).",
  'Every message is documented, with its schema and version, in the AsyncAPI document at',
  '[/asyncapi.json](/asyncapi.json).',
  '',
  '**Authentication.** `Authorization: Bearer <token>`, or `?token=<token>` where a browser cannot',
  'set headers. A session token or a workspace API key follows its own workspace; the server',
  'admin key names one with `?workspaceId=`.',
  '',
  '**Messages**, as JSON text frames:',
  '- first `{"type":"hello","workspaceId":"demo","seq":41}`: `seq` is the workspace’s version as',
  '  the REST API showed it at that moment, so a client that has just read the state applies',
  '  only the messages after it;',
  '- then the public messages the caller may see, in log order, each with the workspace sequence',
  '  of what happened: `{"type":"call.offered","version":1,"seq":42,"at":"2026-01-05T08:00:00.000Z",',
  '  "data":{"callId":"…","userId":"…","legId":"…"}}`. They are a versioned contract (`call.offered`,',
  '  `call.answered`, `call.ended`, `transfer.received`, `conversation.assigned`,',
  '  `conversation.message_received`, `presence.changed`, `config.changed`, …), the same as webhooks',
  '  send; the engine’s internal events are not. Agents see their own calls and conversations and',
  '  their departments’ queues; supervisors and admins see the workspace. An agent rung partway',
  '  through a call first gets that call’s earlier `call.received`, with its own older `seq`.',
  '',
  '**Reconnecting.** Open it again with `?after=SEQ`, the last `seq` received: the messages missed',
  'come first, then the live ones, none twice. When that is too far back (or a sequence this',
  'workspace never reached) `{"type":"reload","seq":57,"reason":"too_far_behind"}` follows `hello`:',
  'read the state again and apply the messages after that `seq`.',
  '',
  '**Close codes.** 4401: no or bad token, the user was removed or signed out. 4400: a bad',
  'query. 4404: no such workspace. 1013: the client fell too far behind: reconnect with `?after=`.',
].join('\n');

export function registerStream(app: App, context: ServerContext): void {
  const hub = new StreamHub(context.runtime, (error) =>
    app.log.error({ err: error }, 'stream delivery failed'),
  );
  app.addHook('onClose', async () => hub.close());

  app.get(
    '/stream',
    // Public to the HTTP layer: a browser cannot read a refused upgrade, so the socket closes with a code instead.
    { websocket: true, config: { public: true }, schema: { tags: ['stream'] } },
    (socket: WebSocket, request: FastifyRequest) => {
      const target = workspaceOf(request);
      if (!('workspaceId' in target)) return socket.close(target.code, target.reason);
      const after = afterOf(request);
      if (after === null)
        return socket.close(closeCodes.badRequest, 'after must be a sequence number (0 or more)');
      // Listening starts now: what the client sends while the committed state is read waits.
      const early: string[] = [];
      let receive: (text: string) => void = (text) => early.push(text);
      socket.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) receive(data.toString('utf8'));
      });
      open(socket, request.principal!, target.workspaceId, after).then(
        (opened) => {
          if (!opened) return;
          receive = opened;
          for (const text of early.splice(0)) opened(text);
        },
        (error) => {
          app.log.error({ err: error }, 'stream opening failed');
          socket.close(closeCodes.tooSlow, 'could not open the stream: reconnect');
        },
      );
    },
  );

  /**
   * Subscribes the socket from the workspace's committed state: `hello` tells its version,
   * and the hub's batches after it follow. Answers what receives the client's messages.
   */
  async function open(
    socket: WebSocket,
    principal: Principal,
    workspaceId: string,
    after: number | undefined,
  ): Promise<((text: string) => void) | undefined> {
    const state = await context.runtime.committed(workspaceId);
    if (socket.readyState !== socket.OPEN) return undefined;
    if (!state) return void socket.close(closeCodes.notFound, `workspace ${workspaceId} does not exist`);
    // Everything below runs before the next await: the state changes in place as commands are decided.
    const seq = state.version;
    const stream = new EventStream(socket, new StreamFilter(principal, state));
    const resume = resumeFrom(after, seq);
    const catchUp = resume.kind === 'catch_up' ? new CatchUp(stream, resume.after) : undefined;
    const remove = hub.add(workspaceId, catchUp ?? CatchUp.live(stream, seq));
    socket.on('close', remove);
    if (principal.kind === 'user') {
      const forget = context.sessionStreams.add(principal.tokenHash, () =>
        socket.close(closeCodes.unauthorized, 'signed out'),
      );
      socket.on('close', forget);
    }
    // A signed-in person's console may be a phone (issue 15); anything else it sends is ignored.
    const phone =
      context.webrtc && principal.kind === 'user'
        ? new ConsolePhone(context.webrtc, principal, (message) => stream.send(message))
        : undefined;
    socket.on('close', () => phone?.close());
    const hello: Hello = { type: 'hello', workspaceId, seq, ...(phone ? { webrtc: true as const } : {}) };
    stream.send(hello);
    if (resume.kind === 'reload')
      stream.send({ type: 'reload', seq, reason: resume.reason } satisfies Reload);
    void catchUp
      ?.start((afterSeq, limit) => context.store.loadEvents(workspaceId, afterSeq, limit))
      .catch((error) => {
        app.log.error({ err: error }, 'stream catch-up failed');
        socket.close(closeCodes.tooSlow, 'could not read the history: reconnect');
      });
    return (text) => {
      if (phone)
        phone
          .receive(text)
          .catch((error) => app.log.error({ err: error }, 'browser phone signalling failed'));
    };
  }
}
