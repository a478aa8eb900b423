import { type Static, type TObject, type TProperties, Type } from 'typebox';

/**
 * SPEC I4: the public messages of the real-time stream and of webhooks, one TypeBox schema
 * each, named for what happened and versioned. The engine's internal events never leave the
 * server: src/api/messages.ts maps them to these. Plain TypeBox (no Node, no engine imports),
 * so the console imports the same types the server sends.
 *
 * Changing a message's data shape means a new version: the committed snapshot
 * (stream-messages.snapshot.json) makes the test suite fail otherwise.
 */

interface Definition<D extends TObject = TObject> {
  version: number;
  /** Who gets it and when, for the AsyncAPI document. */
  description: string;
  data: D;
}

const define = <P extends TProperties>(version: number, description: string, data: P) =>
  ({ version, description, data: Type.Object(data, { additionalProperties: false }) }) satisfies Definition;

const Id = Type.String({ minLength: 1 });
const Seq = Type.Integer({
  minimum: 0,
  description: 'The workspace’s sequence: the log position of what happened',
});
const At = Type.String({ format: 'date-time' });
const E164 = Type.String({ description: 'E.164, e.g. +34911234567' });
const PresenceValue = Type.Enum(['online', 'pre_pause', 'pause', 'offline']);
const callId = Type.String({ minLength: 1, description: 'GET /v1/workspaces/{workspaceId}/calls/{callId}' });
const conversationId = Type.String({
  minLength: 1,
  description: 'GET /v1/workspaces/{workspaceId}/conversations/{conversationId}',
});

const CallOutcome = Type.Enum([
  'answered',
  'missed',
  'abandoned',
  'no_agent',
  'out_of_hours',
  'voicemail',
  'rejected',
  'forwarded',
  'voicedrop',
  'callback',
]);

const CallTransferTarget = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('user'),
      userId: Id,
      via: Type.Optional(
        Type.Object({ kind: Type.Enum(['group', 'department']), id: Id }, { additionalProperties: false }),
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal('external'), number: E164 }, { additionalProperties: false }),
]);

const ChatTransferTarget = Type.Union([
  Type.Object({ kind: Type.Literal('department'), departmentId: Id }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('agent'), userId: Id }, { additionalProperties: false }),
]);

/** C4: the key that acted when no user did: the server admin key or a workspace API key. */
const KeyActor = Type.Union([
  Type.Object({ kind: Type.Literal('admin') }, { additionalProperties: false }),
  Type.Object({ kind: Type.Literal('api_key'), keyId: Id }, { additionalProperties: false }),
]);

const ChatContact = Type.Object(
  {
    address: Type.String({
      description: 'The contact’s address on the channel (visitor id, phone number …)',
    }),
    name: Type.Optional(Type.String()),
    email: Type.Optional(Type.String()),
    contactId: Type.Optional(Id),
  },
  { additionalProperties: false },
);

/** What a config.changed message is about; each is one GET away. */
export const configEntities = [
  'workspace',
  'user',
  'department',
  'number',
  'group',
  'ivr_menu',
  'contact',
  'workflow',
  'webhook',
  'billing',
  'sip',
  'routing_rule',
] as const;
export type ConfigEntity = (typeof configEntities)[number];

export const messageCatalog = {
  'call.received': define(1, 'A call came in on one of the workspace’s numbers.', {
    callId,
    numberId: Id,
    from: E164,
    to: E164,
    contactId: Type.Optional(Id),
  }),
  'call.placed': define(1, 'An agent dialled out.', {
    callId,
    numberId: Id,
    from: E164,
    to: E164,
    userId: Id,
  }),
  'call.queued': define(1, 'The call waits in a queue, at this position (1 is next).', {
    callId,
    position: Type.Integer({ minimum: 0 }),
  }),
  'call.dequeued': define(1, 'The call left its queue: offered to an agent, waited too long, or hung up.', {
    callId,
    reason: Type.Enum(['offered', 'max_wait', 'left']),
  }),
  'call.offered': define(1, 'An agent’s phone rings for the call (their leg).', {
    callId,
    userId: Id,
    legId: Id,
  }),
  'call.answered': define(1, 'An agent answered the call on their leg.', { callId, userId: Id, legId: Id }),
  'call.left': define(1, 'An agent’s leg ended: rang out, rejected, answered elsewhere, hung up.', {
    callId,
    userId: Id,
    legId: Id,
    reason: Type.String({ description: 'answered_elsewhere, rejected, no_answer, hung_up, call_ended …' }),
  }),
  'call.held': define(1, 'The agent put the caller on hold.', { callId, userId: Id }),
  'call.resumed': define(1, 'The agent took the caller off hold.', { callId, userId: Id }),
  'call.updated': define(
    1,
    'Something else about a live call changed (menu, playback, routing, recording): read the call again.',
    { callId },
  ),
  'call.ended': define(1, 'The call is over.', {
    callId,
    outcome: CallOutcome,
    endedBy: Type.Enum(['customer', 'agent', 'system']),
  }),
  'transfer.started': define(1, 'An agent started transferring the call (T1 direct, T2 assisted).', {
    callId,
    transferId: Id,
    initiatorId: Id,
    method: Type.Enum(['direct', 'assisted']),
    target: CallTransferTarget,
    note: Type.Optional(Type.String()),
  }),
  'transfer.received': define(
    1,
    'A transferred call rings its target, with who transferred it and their note.',
    {
      callId,
      transferId: Id,
      fromUserId: Id,
      toUserId: Id,
      note: Type.Optional(Type.String()),
    },
  ),
  'transfer.consulting': define(1, 'Assisted transfer: the target answered and talks to the initiator.', {
    callId,
    transferId: Id,
  }),
  'transfer.conference_started': define(1, 'Assisted transfer: caller, initiator and target talk together.', {
    callId,
    transferId: Id,
  }),
  'transfer.completed': define(1, 'The transfer is done: the target has the call.', {
    callId,
    transferId: Id,
    toUserId: Type.Optional(Id),
  }),
  'transfer.failed': define(1, 'The target declined or did not answer; the call returns.', {
    callId,
    transferId: Id,
    reason: Type.Enum(['declined', 'no_answer']),
    returnTo: Type.Enum(['initiator', 'fallback']),
  }),
  'transfer.cancelled': define(1, 'The transfer was called off.', {
    callId,
    transferId: Id,
    reason: Type.Enum(['initiator', 'customer_hung_up', 'target_hung_up']),
  }),
  'voicemail.left': define(1, 'A caller left a voicemail (V8): to the users assigned to its number.', {
    callId,
    voicemailId: Id,
    numberId: Id,
    from: E164,
    durationMs: Type.Integer({ minimum: 0 }),
  }),
  'voicemail.heard': define(1, 'Someone listened to a voicemail.', {
    voicemailId: Id,
    numberId: Id,
    userId: Type.Optional(Id),
  }),
  'recording.available': define(1, 'A call’s recording can be downloaded.', {
    callId,
    recordingId: Id,
    durationMs: Type.Integer({ minimum: 0 }),
  }),
  'conversation.opened': define(1, 'A contact started (or reopened) a conversation.', {
    conversationId,
    channel: Type.String(),
    contact: ChatContact,
    departmentId: Type.Optional(Id),
    reopened: Type.Optional(Type.Boolean()),
  }),
  'conversation.queued': define(1, 'The conversation waits in its department’s queue.', {
    conversationId,
    departmentId: Id,
    position: Type.Integer({ minimum: 0 }),
  }),
  'conversation.assigned': define(1, 'An agent has the conversation now.', {
    conversationId,
    userId: Id,
    by: Type.Enum(['routing', 'pull', 'transfer', 'supervisor', 'reassign']),
  }),
  'conversation.unassigned': define(1, 'The conversation was taken from an agent.', {
    conversationId,
    userId: Id,
    reason: Type.Enum(['transfer', 'agent_offline']),
  }),
  'conversation.pending': define(1, 'C5: transferred to an unavailable agent, it waits in their list.', {
    conversationId,
    userId: Id,
  }),
  'conversation.transferred': define(1, 'C3: the conversation was transferred, with the reason given.', {
    conversationId,
    fromUserId: Type.Optional(Id),
    by: Type.Optional(Id),
    byKey: Type.Optional(KeyActor),
    to: ChatTransferTarget,
    reason: Type.Optional(Type.String()),
  }),
  'conversation.message_received': define(1, 'The contact wrote.', {
    conversationId,
    messageId: Id,
    text: Type.String(),
  }),
  'conversation.reply_sent': define(1, 'An agent replied to the contact.', {
    conversationId,
    messageId: Id,
    userId: Id,
    text: Type.String(),
  }),
  'conversation.note_added': define(
    1,
    'An internal note (never shown to the contact); transfer reasons too.',
    {
      conversationId,
      noteId: Id,
      userId: Type.Optional(Id),
      text: Type.String(),
      kind: Type.Enum(['note', 'transfer_reason']),
    },
  ),
  'conversation.held': define(1, 'The agent parked the conversation; it stays theirs.', {
    conversationId,
    userId: Type.Optional(Id),
  }),
  'conversation.resumed': define(1, 'The agent took the conversation back up.', {
    conversationId,
    userId: Type.Optional(Id),
  }),
  'conversation.updated': define(1, 'Routing looked at the conversation: read it again.', { conversationId }),
  'conversation.resolved': define(1, 'The conversation is resolved.', {
    conversationId,
    userId: Type.Optional(Id),
    assigneeId: Type.Optional(Id),
  }),
  'wrap_up.changed': define(
    1,
    'R2: an agent’s after-call work started, was extended, or ended; no new offer of that channel meanwhile.',
    {
      userId: Id,
      channel: Type.Enum(['voice', 'chat']),
      state: Type.Enum(['started', 'extended', 'ended']),
      until: Type.Optional(At),
    },
  ),
  'call.monitored': define(
    1,
    'R4: a supervisor’s phone rings to join the call, they joined, or changed mode (listen, whisper, barge).',
    {
      callId,
      userId: Id,
      state: Type.Enum(['ringing', 'joined', 'changed']),
      mode: Type.Enum(['listen', 'whisper', 'barge']),
    },
  ),
  'callback.requested': define(
    1,
    'R3: a caller in a queue asked to be called back; the callback keeps their place.',
    { callbackId: Id, callId, numberId: Id, to: E164 },
  ),
  'callback.offered': define(1, 'R3: a callback reached the front and is offered to an agent.', {
    callbackId: Id,
    userId: Id,
  }),
  'callback.updated': define(
    1,
    'R3: a callback is being dialled, connected, given back to the queue or waits to retry: read it again.',
    { callbackId: Id },
  ),
  // Version 2 (issue 21): why it ended. Version 1 (callbackId, outcome) stays in the snapshot.
  'callback.finished': define(
    2,
    'R3: a callback is over, with its outcome and why: the customer answered, every attempt went unanswered, someone cancelled it, or its number was removed.',
    {
      callbackId: Id,
      outcome: Type.Enum(['answered', 'no_answer', 'abandoned']),
      reason: Type.Enum(['customer_answered', 'out_of_attempts', 'cancelled', 'number_removed']),
    },
  ),
  'presence.changed': define(
    1,
    'A user’s presence changed: they asked, their last session ended, or they missed offers.',
    {
      userId: Id,
      from: PresenceValue,
      to: PresenceValue,
      reason: Type.Enum(['requested', 'last_session_ended', 'missed_offers']),
    },
  ),
  'config.changed': define(1, 'Workspace configuration changed: read that entity (or its list) again.', {
    entity: Type.Enum([...configEntities]),
    id: Type.Optional(Id),
    change: Type.Enum(['created', 'updated', 'removed']),
  }),
  'workflow.run_started': define(1, 'A workflow run began (F5).', {
    workflowId: Id,
    runId: Id,
    callId: Type.Optional(Id),
    conversationId: Type.Optional(Id),
  }),
  'workflow.run_progressed': define(1, 'A workflow run entered a step, took a branch or did something.', {
    workflowId: Id,
    runId: Id,
    stepId: Id,
  }),
  'workflow.run_finished': define(1, 'A workflow run ended.', {
    workflowId: Id,
    runId: Id,
    reason: Type.Enum(['end', 'conversation_resolved', 'no_conversation', 'workflow_removed']),
  }),
} as const satisfies Record<string, Definition>;

export type Catalog = typeof messageCatalog;
export type PublicMessageType = keyof Catalog;
export type MessageData<T extends PublicMessageType> = Static<Catalog[T]['data']>;

/** The catalog's names in a stable order (webhook subscriptions choose among them). */
export const publicMessageTypes = Object.keys(messageCatalog) as PublicMessageType[];

/** One public message as the stream sends it: the workspace sequence of what happened, and its data. */
export type StreamMessage = {
  [T in PublicMessageType]: {
    type: T;
    version: Catalog[T]['version'];
    seq: number;
    at: string;
    data: MessageData<T>;
  };
}[PublicMessageType];

export type StreamMessageOf<T extends PublicMessageType> = Extract<StreamMessage, { type: T }>;

/** The envelope's schema for one message: what the AsyncAPI document publishes. */
export function streamMessageSchema<T extends PublicMessageType>(type: T) {
  const { version, data, description } = messageCatalog[type];
  return Type.Object(
    { type: Type.Literal(type), version: Type.Literal(version), seq: Seq, at: At, data },
    { additionalProperties: false, description },
  );
}

/** First on every (re)connect: `seq` is the workspace’s version, applied by the state the REST API shows. */
export const HelloSchema = Type.Object(
  {
    type: Type.Literal('hello'),
    workspaceId: Id,
    seq: Seq,
    webrtc: Type.Optional(Type.Literal(true, { description: 'The console may be a phone over this socket' })),
  },
  {
    additionalProperties: false,
    description: 'First message of every connection: the workspace and its sequence at that moment.',
  },
);
export type Hello = Static<typeof HelloSchema>;

/** Why a client reconnecting with ?after= cannot be caught up. */
export const reloadReasons = ['too_far_behind', 'unknown_seq'] as const;

export const ReloadSchema = Type.Object(
  {
    type: Type.Literal('reload'),
    seq: Seq,
    reason: Type.Enum([...reloadReasons]),
  },
  {
    additionalProperties: false,
    description:
      'After hello, instead of the missed messages: ?after= is too far back (or unknown). Read the state again through the REST API and follow the messages after `seq`.',
  },
);
export type Reload = Static<typeof ReloadSchema>;

/** Control messages the stream itself sends (the browser phone's webrtc.* signalling aside). */
export type StreamControl = Hello | Reload;
