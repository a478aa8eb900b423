import {
  HelloSchema,
  messageCatalog,
  type PublicMessageType,
  publicMessageTypes,
  ReloadSchema,
  streamMessageSchema,
} from './stream-messages.ts';

/** The key of a message in the document: its name and version, so a new version sits beside the old. */
export const messageKey = (type: string, version: number) => `${type}.v${version}`;

const description = [
  'The real-time stream of one workspace (SPEC I4): a WebSocket at `/v1/stream` that sends JSON text',
  'frames. First `hello`, with the workspace’s sequence at that moment; then every public message the',
  'caller may see, in log order, each with the workspace sequence (`seq`) of what happened. Agents see',
  'their own calls and conversations and their departments’ queues; supervisors and admins see the',
  'workspace. These messages are a versioned contract: a message changes shape only under a new',
  '`version`. The engine’s internal events are not part of it.',
  '',
  '**Reconnecting.** Open the socket again with `?after=SEQ`, the last `seq` received: the messages',
  'missed come first (older `seq` than the `hello`), then the live ones, none twice. When that is too',
  'far back, or a sequence this workspace never reached, a `reload` message follows `hello`: read the',
  'state again through the REST API and follow the messages after its `seq`.',
  '',
  '**Authentication.** `Authorization: Bearer <token>`, or `?token=<token>` where a browser cannot set',
  'headers; the server admin key names the workspace with `?workspaceId=`.',
  '',
  '**Close codes.** 4401: no or bad token, the user was removed or signed out. 4400: a bad query.',
  '4404: no such workspace. 1013: the client fell too far behind: reconnect with `?after=`.',
  '',
  'When the server runs real telephony, `hello` says `webrtc: true` and a signed-in console may',
  'exchange `webrtc.*` signalling messages on the same socket (not listed here).',
].join('\n');

const controls = {
  hello: {
    name: 'hello',
    title: 'hello',
    summary: 'First message of every connection: the workspace and its sequence at that moment.',
    payload: HelloSchema,
  },
  reload: {
    name: 'reload',
    title: 'reload',
    summary: 'Instead of the missed messages: ?after= is too far back or unknown; read the state again.',
    payload: ReloadSchema,
  },
};

function publicMessage(type: PublicMessageType) {
  const { version, description: summary } = messageCatalog[type];
  return {
    name: type,
    title: `${type} (version ${version})`,
    summary,
    payload: streamMessageSchema(type),
  };
}

/**
 * The AsyncAPI 3.0 document of the stream, generated from the same TypeBox schemas the server
 * sends with and the console types with. Served at /asyncapi.json beside /openapi.json.
 */
export function asyncApiDocument(serverVersion: string) {
  const messages: Record<string, object> = { ...controls };
  for (const type of publicMessageTypes)
    messages[messageKey(type, messageCatalog[type].version)] = publicMessage(type);
  const refs = Object.fromEntries(
    Object.keys(messages).map((key) => [key, { $ref: `#/components/messages/${key}` }]),
  );
  return {
    asyncapi: '3.0.0',
    info: { title: 'Switchboard real-time stream', version: serverVersion, description },
    defaultContentType: 'application/json',
    channels: {
      stream: {
        address: '/v1/stream',
        title: 'A workspace’s stream',
        messages: refs,
        bindings: {
          ws: {
            method: 'GET',
            query: {
              type: 'object',
              properties: {
                token: {
                  type: 'string',
                  description: 'A session token or API key, where a header cannot be set',
                },
                workspaceId: {
                  type: 'string',
                  description: 'With the server admin key: the workspace to follow',
                },
                after: {
                  type: 'string',
                  pattern: '^\\d{1,15}$',
                  description: 'The last `seq` received: the messages after it come first',
                },
              },
            },
          },
        },
      },
    },
    operations: {
      receiveStream: {
        action: 'receive',
        channel: { $ref: '#/channels/stream' },
        summary: 'What the server sends on the stream',
        messages: Object.keys(messages).map((key) => ({ $ref: `#/channels/stream/messages/${key}` })),
      },
    },
    components: { messages },
  };
}
