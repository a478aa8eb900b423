import type { StoredEvent } from '../engine/events.ts';

/**
 * The public messages integrators receive (webhooks now, the real-time stream later): a small,
 * documented set named for what happened, not the engine's internal events. Fields are what an
 * integrator needs to act; anything else is one GET away (the ids are the API's ids).
 */
export { type PublicMessageType, publicMessageTypes } from './message-types.ts';

import { type PublicMessageType, publicMessageTypes } from './message-types.ts';

const known = new Set<string>(publicMessageTypes);

export function isPublicMessageType(type: string): type is PublicMessageType {
  return known.has(type);
}

export interface PublicMessage {
  type: PublicMessageType;
  /** Messages with the same key are delivered in order: the call, the conversation, or the user. */
  orderingKey: string;
  data: Record<string, unknown>;
}

type Mapper = (event: never) => PublicMessage[];

const call = (type: PublicMessageType, callId: string, data: Record<string, unknown>): PublicMessage => ({
  type,
  orderingKey: `call:${callId}`,
  data: { callId, ...data },
});

const conversation = (
  type: PublicMessageType,
  conversationId: string,
  data: Record<string, unknown>,
): PublicMessage => ({
  type,
  orderingKey: `conversation:${conversationId}`,
  data: { conversationId, ...data },
});

/** Drops undefined fields, so a message's JSON has no nulls standing for "not applicable". */
const defined = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));

type Ev<T extends string> = Extract<StoredEvent['event'], { type: T }>;

const mappers: Record<string, Mapper> = {
  'call.received': (e: Ev<'call.received'>) => [
    call(
      'call.received',
      e.callId,
      defined({ numberId: e.numberId, from: e.from, to: e.to, contactId: e.contactId }),
    ),
  ],
  'call.placed': (e: Ev<'call.placed'>) => [
    call('call.placed', e.callId, { numberId: e.numberId, from: e.from, to: e.to, userId: e.userId }),
  ],
  'call.queued': (e: Ev<'call.queued'>) => [call('call.queued', e.callId, { position: e.position })],
  'call.leg_ringing': (e: Ev<'call.leg_ringing'>) => {
    if (!e.userId) return [];
    const offered = call('call.offered', e.callId, { userId: e.userId, legId: e.legId });
    if (!e.transfer) return [offered];
    const received = call(
      'transfer.received',
      e.callId,
      defined({
        transferId: e.transfer.transferId,
        fromUserId: e.transfer.fromUserId,
        toUserId: e.userId,
        note: e.transfer.note,
      }),
    );
    return [offered, received];
  },
  'call.leg_answered': (e: Ev<'call.leg_answered'>) =>
    e.userId ? [call('call.answered', e.callId, { userId: e.userId, legId: e.legId })] : [],
  'call.held': (e: Ev<'call.held'>) => [call('call.held', e.callId, { userId: e.userId })],
  'call.resumed': (e: Ev<'call.resumed'>) => [call('call.resumed', e.callId, { userId: e.userId })],
  'call.ended': (e: Ev<'call.ended'>) => [
    call('call.ended', e.callId, { outcome: e.outcome, endedBy: e.endedBy }),
  ],
  'call.transfer_completed': (e: Ev<'call.transfer_completed'>) => [
    call('transfer.completed', e.callId, defined({ transferId: e.transferId, toUserId: e.userId })),
  ],
  'call.transfer_failed': (e: Ev<'call.transfer_failed'>) => [
    call('transfer.failed', e.callId, { transferId: e.transferId, reason: e.reason, returnTo: e.returnTo }),
  ],
  'call.voicemail_left': (e: Ev<'call.voicemail_left'>) => [
    call('voicemail.left', e.callId, {
      voicemailId: e.voicemailId,
      numberId: e.numberId,
      from: e.from,
      durationMs: e.durationMs,
    }),
  ],
  'call.recording_stopped': (e: Ev<'call.recording_stopped'>) => [
    call('recording.available', e.callId, { recordingId: e.recordingId, durationMs: e.durationMs }),
  ],
  'conversation.opened': (e: Ev<'conversation.opened'>) => [
    conversation(
      'conversation.opened',
      e.conversationId,
      defined({ channel: e.channel, contact: e.contact, departmentId: e.departmentId, reopened: e.reopened }),
    ),
  ],
  'conversation.message_received': (e: Ev<'conversation.message_received'>) => [
    conversation('conversation.message_received', e.conversationId, { messageId: e.messageId, text: e.text }),
  ],
  'conversation.assigned': (e: Ev<'conversation.assigned'>) => [
    conversation('conversation.assigned', e.conversationId, { userId: e.userId, by: e.by }),
  ],
  'conversation.transferred': (e: Ev<'conversation.transferred'>) => [
    conversation(
      'conversation.transferred',
      e.conversationId,
      defined({ fromUserId: e.fromUserId, by: e.by, to: e.to, reason: e.reason }),
    ),
  ],
  'conversation.resolved': (e: Ev<'conversation.resolved'>) => [
    conversation(
      'conversation.resolved',
      e.conversationId,
      defined({ userId: e.userId, assigneeId: e.assigneeId }),
    ),
  ],
  'presence.changed': (e: Ev<'presence.changed'>) => [
    {
      type: 'presence.changed',
      orderingKey: `user:${e.userId}`,
      data: { userId: e.userId, from: e.from, to: e.to },
    },
  ],
};

/** The public messages an internal event stands for: none for most (routing details, timers, config). */
export function publicMessagesOf(stored: StoredEvent): PublicMessage[] {
  const mapper = Object.hasOwn(mappers, stored.event.type) ? mappers[stored.event.type] : undefined;
  return mapper ? mapper(stored.event as never) : [];
}
