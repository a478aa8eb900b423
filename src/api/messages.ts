import type { Event, EventType, StoredEvent } from '../engine/events.ts';
import {
  type Catalog,
  type configEntities,
  type MessageData,
  messageCatalog,
  type PublicMessageType,
  type StreamMessage,
} from './stream-messages.ts';

/**
 * The one mapping from the engine's internal events to the public messages (SPEC I4) that
 * webhooks and the real-time stream both carry. Every engine event is listed, most as "no
 * message" (routing details, timers, secrets): the compiler fails when an event is added and
 * nobody decides whether the public sees it.
 */
export { type PublicMessageType, publicMessageTypes } from './stream-messages.ts';

const known = new Set<string>(Object.keys(messageCatalog));

export function isPublicMessageType(type: string): type is PublicMessageType {
  return known.has(type);
}

export type PublicMessage = {
  [T in PublicMessageType]: {
    type: T;
    version: Catalog[T]['version'];
    /** Messages with the same key are delivered in order: the call, the conversation, or the user. */
    orderingKey: string;
    data: MessageData<T>;
  };
}[PublicMessageType];

/** Drops undefined fields, so a message's JSON has no nulls standing for "not applicable". */
function defined<T extends object>(data: T): T {
  // A loop, not entries/filter/fromEntries: every message of the stream and webhooks goes through here.
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (value !== undefined) kept[key] = value;
  return kept as T;
}

/**
 * Its data as mapped, undefined fields still in: publicMessagesOf drops them, and the stream's
 * JSON never writes them (a copy of every message's data less, on the stream's path).
 */
function message<T extends PublicMessageType>(
  type: T,
  orderingKey: string,
  data: MessageData<T>,
): PublicMessage {
  return { type, version: messageCatalog[type].version, orderingKey, data } as PublicMessage;
}

const onCall = <T extends PublicMessageType>(type: T, data: MessageData<T> & { callId: string }) =>
  message(type, `call:${data.callId}`, data);

const onConversation = <T extends PublicMessageType>(
  type: T,
  data: MessageData<T> & { conversationId: string },
) => message(type, `conversation:${data.conversationId}`, data);

type Entity = (typeof configEntities)[number];
const config = (entity: Entity, change: 'created' | 'updated' | 'removed', id?: string) => [
  message('config.changed', `config:${entity}`, { entity, change, id }),
];

const none = () => [];

const onCallback = <T extends PublicMessageType>(type: T, data: MessageData<T> & { callbackId: string }) =>
  message(type, `callback:${data.callbackId}`, data);
const callbackUpdated = (e: { callbackId: string }) => [
  onCallback('callback.updated', { callbackId: e.callbackId }),
];

const wrapUp = (
  userId: string,
  channel: 'voice' | 'chat',
  state: 'started' | 'extended' | 'ended',
  until?: number,
) =>
  message('wrap_up.changed', `user:${userId}`, {
    userId,
    channel,
    state,
    until: until === undefined ? undefined : new Date(until).toISOString(),
  });

const monitored = (
  e: { callId: string; userId: string; mode: 'listen' | 'whisper' | 'barge' },
  state: 'ringing' | 'joined' | 'changed',
) => onCall('call.monitored', { callId: e.callId, userId: e.userId, state, mode: e.mode });
/** Why a callback ended, in the public words of callback.finished version 2. */
const finishReason = (e: Ev<'callback.finished'>) => {
  if (e.outcome === 'answered') return 'customer_answered';
  if (e.outcome === 'no_answer') return 'out_of_attempts';
  return e.reason === 'number_removed' ? 'number_removed' : 'cancelled';
};
const callUpdated = (e: { callId: string }) => [onCall('call.updated', { callId: e.callId })];

type Ev<T extends EventType> = Extract<Event, { type: T }>;
type Mappers = { [T in EventType]: (event: Ev<T>) => PublicMessage[] };

const mappers: Mappers = {
  'workspace.created': () => config('workspace', 'created'),
  'workspace.updated': () => config('workspace', 'updated'),
  'billing.updated': () => config('billing', 'updated'),
  'user.created': (e) => config('user', 'created', e.user.id),
  'user.updated': (e) => config('user', 'updated', e.userId),
  'user.removed': (e) => config('user', 'removed', e.userId),
  'presence.changed': (e) => [
    message('presence.changed', `user:${e.userId}`, {
      userId: e.userId,
      from: e.from,
      to: e.to,
      reason: e.reason,
    }),
  ],
  'department.created': (e) => config('department', 'created', e.department.id),
  'department.updated': (e) => config('department', 'updated', e.departmentId),
  'department.removed': (e) => config('department', 'removed', e.departmentId),
  'chat.department_configured': (e) => config('department', 'updated', e.departmentId),
  'number.added': (e) => config('number', 'created', e.number.id),
  'number.updated': (e) => config('number', 'updated', e.numberId),
  'number.configured': (e) => config('number', 'updated', e.numberId),
  'number.removed': (e) => config('number', 'removed', e.numberId),
  'contact.created': (e) => config('contact', 'created', e.contact.id),
  'contact.updated': (e) => config('contact', 'updated', e.contact.id),
  'contact.removed': (e) => config('contact', 'removed', e.contactId),
  'group.saved': (e) => config('group', 'updated', e.group.id),
  'group.removed': (e) => config('group', 'removed', e.groupId),
  'ivr_menu.saved': (e) => config('ivr_menu', 'updated', e.menu.id),
  'ivr_menu.removed': (e) => config('ivr_menu', 'removed', e.menuId),
  'webhook.created': (e) => config('webhook', 'created', e.webhook.id),
  'webhook.updated': (e) => config('webhook', 'updated', e.webhookId),
  'webhook.removed': (e) => config('webhook', 'removed', e.webhookId),
  // SIP credentials and registrations are the phone system's business, not the public's.
  'sip.account_set': (e) => config('sip', 'updated', e.userId),
  'sip.account_removed': (e) => config('sip', 'removed', e.userId),
  'sip.trunk_configured': () => config('sip', 'updated'),
  'sip.device_registered': none,
  'sip.devices_gone': none,
  'workflow.draft_saved': (e) => config('workflow', 'updated', e.workflowId),
  'workflow.published': (e) => config('workflow', 'updated', e.workflowId),
  'workflow.enabled_set': (e) => config('workflow', 'updated', e.workflowId),
  'workflow.removed': (e) => config('workflow', 'removed', e.workflowId),
  'workflow.run_started': (e) => [
    message('workflow.run_started', `run:${e.runId}`, {
      workflowId: e.workflowId,
      runId: e.runId,
      callId: 'callId' in e ? e.callId : undefined,
      conversationId: 'conversationId' in e ? e.conversationId : undefined,
    }),
  ],
  'workflow.step_entered': (e) => runProgressed(e),
  'workflow.branch_taken': (e) => runProgressed(e),
  'workflow.step_result': (e) => runProgressed(e),
  'workflow.run_finished': (e) => [
    message('workflow.run_finished', `run:${e.runId}`, {
      workflowId: e.workflowId,
      runId: e.runId,
      reason: e.reason,
    }),
  ],
  'call.received': (e) => [
    onCall('call.received', {
      callId: e.callId,
      numberId: e.numberId,
      from: e.from,
      to: e.to,
      contactId: e.contactId,
    }),
  ],
  'call.placed': (e) => [
    onCall('call.placed', {
      callId: e.callId,
      numberId: e.numberId,
      from: e.from,
      to: e.to,
      userId: e.userId,
    }),
  ],
  'call.queued': (e) => [onCall('call.queued', { callId: e.callId, position: e.position })],
  'call.dequeued': (e) => [onCall('call.dequeued', { callId: e.callId, reason: e.reason })],
  // The customer's or an external number's leg: the call changed, no agent is involved.
  'call.leg_ringing': (e) => {
    if (!e.userId) return callUpdated(e);
    const offered = onCall('call.offered', { callId: e.callId, userId: e.userId, legId: e.legId });
    if (!e.transfer) return [offered];
    const { transferId, fromUserId, note } = e.transfer;
    return [
      offered,
      onCall('transfer.received', { callId: e.callId, transferId, fromUserId, toUserId: e.userId, note }),
    ];
  },
  'call.leg_answered': (e) =>
    e.userId
      ? [onCall('call.answered', { callId: e.callId, userId: e.userId, legId: e.legId })]
      : callUpdated(e),
  'call.leg_ended': (e) =>
    e.userId
      ? [onCall('call.left', { callId: e.callId, userId: e.userId, legId: e.legId, reason: e.reason })]
      : callUpdated(e),
  'call.held': (e) => [onCall('call.held', { callId: e.callId, userId: e.userId })],
  'call.resumed': (e) => [onCall('call.resumed', { callId: e.callId, userId: e.userId })],
  'call.ended': (e) => [onCall('call.ended', { callId: e.callId, outcome: e.outcome, endedBy: e.endedBy })],
  'call.voicedrop': callUpdated,
  'call.routed': callUpdated,
  'call.offer_skipped': callUpdated,
  'call.rng_advanced': none,
  'call.dtmf_received': callUpdated,
  'call.menu_entered': callUpdated,
  'call.awaiting_input': callUpdated,
  'call.menu_choice': callUpdated,
  'call.filed': callUpdated,
  'call.action_taken': callUpdated,
  'call.forward_refused': callUpdated,
  'call.telephony_lost': callUpdated,
  'call.playing': callUpdated,
  'call.voicemail_recording': callUpdated,
  'call.recording_started': callUpdated,
  // What a call cost is billing's business: the balance changed, read through the billing routes.
  'call.charged': () => config('billing', 'updated'),
  'call.voicemail_left': (e) => [
    onCall('voicemail.left', {
      callId: e.callId,
      voicemailId: e.voicemailId,
      numberId: e.numberId,
      from: e.from,
      durationMs: e.durationMs,
    }),
  ],
  'voicemail.heard': (e) => [
    message('voicemail.heard', `voicemail:${e.voicemailId}`, {
      voicemailId: e.voicemailId,
      numberId: e.numberId,
      userId: e.userId,
    }),
  ],
  'call.recording_stopped': (e) => [
    onCall('recording.available', { callId: e.callId, recordingId: e.recordingId, durationMs: e.durationMs }),
  ],
  'call.transfer_started': (e) => [
    onCall('transfer.started', {
      callId: e.callId,
      transferId: e.transferId,
      initiatorId: e.initiatorId,
      method: e.method,
      target: e.target,
      note: e.note,
    }),
  ],
  'call.transfer_consulting': (e) => [
    onCall('transfer.consulting', { callId: e.callId, transferId: e.transferId }),
  ],
  'call.transfer_conference_started': (e) => [
    onCall('transfer.conference_started', { callId: e.callId, transferId: e.transferId }),
  ],
  'call.transfer_became_direct': callUpdated,
  'call.transfer_completed': (e) => [
    onCall('transfer.completed', { callId: e.callId, transferId: e.transferId, toUserId: e.userId }),
  ],
  'call.transfer_failed': (e) => [
    onCall('transfer.failed', {
      callId: e.callId,
      transferId: e.transferId,
      reason: e.reason,
      returnTo: e.returnTo,
    }),
  ],
  'call.transfer_cancelled': (e) => [
    onCall('transfer.cancelled', { callId: e.callId, transferId: e.transferId, reason: e.reason }),
  ],
  'conversation.opened': (e) => [
    onConversation('conversation.opened', {
      conversationId: e.conversationId,
      channel: e.channel,
      contact: defined(e.contact),
      departmentId: e.departmentId,
      reopened: e.reopened,
    }),
  ],
  'conversation.message_received': (e) => [
    onConversation('conversation.message_received', {
      conversationId: e.conversationId,
      messageId: e.messageId,
      text: e.text,
    }),
  ],
  'conversation.reply_sent': (e) => [
    onConversation('conversation.reply_sent', {
      conversationId: e.conversationId,
      messageId: e.messageId,
      userId: e.userId,
      text: e.text,
    }),
  ],
  'conversation.note_added': (e) => [
    onConversation('conversation.note_added', {
      conversationId: e.conversationId,
      noteId: e.noteId,
      userId: e.userId,
      text: e.text,
      kind: e.kind,
    }),
  ],
  'conversation.routed': (e) => [
    onConversation('conversation.updated', { conversationId: e.conversationId }),
  ],
  'conversation.queued': (e) => [
    onConversation('conversation.queued', {
      conversationId: e.conversationId,
      departmentId: e.departmentId,
      position: e.position,
    }),
  ],
  'conversation.assigned': (e) => [
    onConversation('conversation.assigned', { conversationId: e.conversationId, userId: e.userId, by: e.by }),
  ],
  'conversation.unassigned': (e) => [
    onConversation('conversation.unassigned', {
      conversationId: e.conversationId,
      userId: e.userId,
      reason: e.reason,
    }),
  ],
  'conversation.transferred': (e) => [
    onConversation('conversation.transferred', {
      conversationId: e.conversationId,
      fromUserId: e.fromUserId,
      by: e.by,
      byKey: e.byKey,
      to: e.to,
      reason: e.reason,
    }),
  ],
  'conversation.pending': (e) => [
    onConversation('conversation.pending', { conversationId: e.conversationId, userId: e.userId }),
  ],
  'conversation.held': (e) => [
    onConversation('conversation.held', { conversationId: e.conversationId, userId: e.userId }),
  ],
  'conversation.resumed': (e) => [
    onConversation('conversation.resumed', { conversationId: e.conversationId, userId: e.userId }),
  ],
  'conversation.resolved': (e) => [
    onConversation('conversation.resolved', {
      conversationId: e.conversationId,
      userId: e.userId,
      assigneeId: e.assigneeId,
    }),
  ],
  'timer.set': none,
  'timer.cleared': none,
  // R2: after-call work, on the agent's own ordering key like their presence.
  'wrap_up.started': (e) => [wrapUp(e.userId, e.channel, 'started', e.until)],
  'wrap_up.extended': (e) => [wrapUp(e.userId, e.channel, 'extended', e.until)],
  'wrap_up.ended': (e) => [wrapUp(e.userId, e.channel, 'ended')],
  // R1: a requirement relaxing is a routing detail, in the call's history only.
  'routing.relaxed': none,
  'routing_rules.saved': (e) => config('routing_rule', 'updated', `${e.target.kind}:${e.target.id}`),
  // R4: the supervisor's leg.
  'call.monitor_ringing': (e) => [monitored(e, 'ringing')],
  'call.monitor_joined': (e) => [monitored(e, 'joined')],
  'call.monitor_changed': (e) => [monitored(e, 'changed')],
  // The call changed under the supervisor (hold, transfer): the call itself says who is on it now.
  'call.monitor_followed': callUpdated,
  'call.supervisor_action': callUpdated,
  'call.quality_recorded': callUpdated,
  // R3: the caller's prompt and keys are the call's own detail; the callback's life is public.
  'callback.prompted': none,
  'callback.entering': none,
  'callback.requested': (e) => [
    onCallback('callback.requested', {
      callbackId: e.callbackId,
      callId: e.callId,
      numberId: e.numberId,
      to: e.to,
    }),
  ],
  'callback.offered': (e) => [onCallback('callback.offered', { callbackId: e.callbackId, userId: e.userId })],
  'callback.returned': callbackUpdated,
  'callback.dialing': callbackUpdated,
  'callback.connected': callbackUpdated,
  'callback.retry_scheduled': callbackUpdated,
  'callback.requeued': callbackUpdated,
  'callback.finished': (e) => [
    onCallback('callback.finished', {
      callbackId: e.callbackId,
      outcome: e.outcome,
      reason: finishReason(e),
    }),
  ],
};

function runProgressed(e: { workflowId: string; runId: string; stepId: string }): PublicMessage[] {
  return [
    message('workflow.run_progressed', `run:${e.runId}`, {
      workflowId: e.workflowId,
      runId: e.runId,
      stepId: e.stepId,
    }),
  ];
}

/** The messages as mapped, their data's undefined fields still in (see message()). */
function mappedMessagesOf(event: Event): PublicMessage[] {
  const mapper = Object.hasOwn(mappers, event.type) ? mappers[event.type] : undefined;
  return mapper ? (mapper as (event: Event) => PublicMessage[])(event) : [];
}

/** The public messages an internal event stands for: none for some (routing details, timers, secrets). */
export function publicMessagesOf(stored: StoredEvent): PublicMessage[] {
  const messages = mappedMessagesOf(stored.event);
  for (const message of messages) message.data = defined(message.data);
  return messages;
}

/** The messages of one stored event as the stream sends them: with its sequence and time. */
export function streamMessagesOf(stored: StoredEvent): StreamMessage[] {
  return publicMessagesOf(stored).map(
    ({ type, version, data }) =>
      ({ type, version, seq: stored.seq, at: new Date(stored.at).toISOString(), data }) as StreamMessage,
  );
}

const noTexts: readonly string[] = Object.freeze([]);

/**
 * streamMessagesOf's messages as their JSON texts, the same bytes as JSON.stringify of each,
 * written without building them: the stream sends every message of every call (calls bench),
 * and JSON.stringify leaves the undefined fields out as defined() would.
 */
export function streamTextsOf(stored: StoredEvent): readonly string[] {
  const messages = mappedMessagesOf(stored.event);
  if (messages.length === 0) return noTexts;
  const place = `,"seq":${JSON.stringify(stored.seq)},"at":"${new Date(stored.at).toISOString()}","data":`;
  return messages.map(
    ({ type, version, data }) =>
      `{"type":${JSON.stringify(type)},"version":${JSON.stringify(version)}${place}${JSON.stringify(data)}}`,
  );
}
