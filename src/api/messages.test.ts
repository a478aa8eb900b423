import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../engine/events.ts';
import { publicMessagesOf, streamMessagesOf, streamTextsOf } from './messages.ts';
import { messageCatalog, publicMessageTypes, streamMessageSchema } from './stream-messages.ts';

const stored = (event: Event, seq = 7): StoredEvent => ({
  workspaceId: 'w',
  seq,
  at: Date.UTC(2026, 0, 5, 8),
  event,
});

/** One engine event of each kind the console and integrators hear about, and some they never do. */
const events: Event[] = [
  {
    type: 'call.received',
    callId: 'c1',
    numberId: 'n1',
    from: '+34600000001',
    to: '+34911000000',
    customerLegId: 'l0',
  },
  {
    type: 'call.placed',
    callId: 'c2',
    numberId: 'n1',
    from: '+34911000000',
    to: '+34600000002',
    userId: 'u1',
    agentLegId: 'l1',
    customerLegId: 'l2',
  },
  { type: 'call.queued', callId: 'c1', pool: { kind: 'number', id: 'n1' }, position: 1 },
  { type: 'call.dequeued', callId: 'c1', reason: 'offered' },
  {
    type: 'call.leg_ringing',
    callId: 'c1',
    legId: 'l3',
    userId: 'u2',
    transfer: { transferId: 't1', fromUserId: 'u1', note: 'VIP' },
  },
  { type: 'call.leg_answered', callId: 'c1', legId: 'l3', userId: 'u2' },
  { type: 'call.leg_ended', callId: 'c1', legId: 'l3', userId: 'u2', reason: 'hung_up' },
  { type: 'call.held', callId: 'c1', userId: 'u2' },
  { type: 'call.resumed', callId: 'c1', userId: 'u2' },
  { type: 'call.menu_entered', callId: 'c1', menuId: 'm1', repeats: 0 },
  {
    type: 'call.transfer_started',
    callId: 'c1',
    transferId: 't1',
    initiatorId: 'u1',
    target: { kind: 'user', userId: 'u2' },
    method: 'assisted',
    targetLegId: 'l3',
  },
  { type: 'call.transfer_consulting', callId: 'c1', transferId: 't1' },
  { type: 'call.transfer_conference_started', callId: 'c1', transferId: 't1' },
  { type: 'call.transfer_completed', callId: 'c1', transferId: 't1', userId: 'u2' },
  { type: 'call.transfer_failed', callId: 'c1', transferId: 't1', reason: 'declined', returnTo: 'initiator' },
  { type: 'call.transfer_cancelled', callId: 'c1', transferId: 't1', reason: 'initiator' },
  {
    type: 'call.voicemail_left',
    callId: 'c1',
    voicemailId: 'v1',
    numberId: 'n1',
    from: '+34600000001',
    durationMs: 3000,
  },
  { type: 'voicemail.heard', voicemailId: 'v1', numberId: 'n1', userId: 'u1' },
  {
    type: 'call.recording_stopped',
    callId: 'c1',
    recordingId: 'r1',
    durationMs: 9000,
    numberId: 'n1',
    from: '+34600000001',
  },
  { type: 'call.ended', callId: 'c1', outcome: 'answered', endedBy: 'customer' },
  {
    type: 'conversation.opened',
    conversationId: 'k1',
    channel: 'webchat',
    contact: { address: 'visitor-1', name: 'Lola' },
    departmentId: 'd1',
  },
  { type: 'conversation.queued', conversationId: 'k1', departmentId: 'd1', position: 1 },
  {
    type: 'conversation.routed',
    conversationId: 'k1',
    departmentId: 'd1',
    strategy: 'least_open',
    candidates: [],
  },
  { type: 'conversation.assigned', conversationId: 'k1', userId: 'u1', by: 'routing', position: 2 },
  { type: 'conversation.message_received', conversationId: 'k1', messageId: 'm1', text: 'Hola' },
  { type: 'conversation.reply_sent', conversationId: 'k1', messageId: 'm2', userId: 'u1', text: 'Hello' },
  {
    type: 'conversation.note_added',
    conversationId: 'k1',
    noteId: 'x1',
    userId: 'u1',
    text: 'German',
    kind: 'transfer_reason',
  },
  {
    type: 'conversation.transferred',
    conversationId: 'k1',
    fromUserId: 'u1',
    by: 'u1',
    to: { kind: 'agent', userId: 'u2' },
    reason: 'German',
    byKey: undefined,
  },
  { type: 'conversation.unassigned', conversationId: 'k1', userId: 'u1', reason: 'transfer' },
  { type: 'conversation.pending', conversationId: 'k1', userId: 'u2' },
  { type: 'conversation.held', conversationId: 'k1', userId: 'u2' },
  { type: 'conversation.resumed', conversationId: 'k1', userId: 'u2' },
  { type: 'conversation.resolved', conversationId: 'k1', userId: 'u2', assigneeId: 'u2' },
  { type: 'presence.changed', userId: 'u1', from: 'offline', to: 'online', reason: 'requested' },
  { type: 'department.updated', departmentId: 'd1', name: 'Sales' },
  {
    type: 'workflow.run_started',
    runId: 'run1',
    workflowId: 'wf1',
    conversationId: 'k1',
    version: 1,
    stepId: 's1',
  },
  {
    type: 'workflow.step_entered',
    runId: 'run1',
    workflowId: 'wf1',
    conversationId: 'k1',
    stepId: 's1',
    kind: 'assign',
  },
  { type: 'workflow.run_finished', runId: 'run1', workflowId: 'wf1', conversationId: 'k1', reason: 'end' },
  {
    type: 'wrap_up.started',
    userId: 'u1',
    channel: 'voice',
    seconds: 30,
    until: 1_700_000_030_000,
    source: { kind: 'call', callId: 'c1' },
  },
  {
    type: 'call.monitor_joined',
    callId: 'c1',
    legId: 'l9',
    userId: 'u3',
    mode: 'whisper',
    audio: { hears: [], heardBy: [] } as never,
  },
  {
    type: 'callback.requested',
    callbackId: 'cb1',
    callId: 'c1',
    numberId: 'n1',
    pool: { kind: 'number', numberId: 'n1' } as never,
    to: '+34600111222' as never,
    queuedAt: 1_700_000_000_000,
    typed: false,
  },
  { type: 'callback.offered', callbackId: 'cb1', userId: 'u1', mode: 'agent_first' },
  { type: 'callback.dialing', callbackId: 'cb1', userId: 'u1', callId: 'c2', attempt: 1 },
  { type: 'callback.finished', callbackId: 'cb1', outcome: 'answered', userId: 'u1' },
];

describe('public messages (SPEC I4): one mapping from engine events for webhooks and the stream', () => {
  const all = events.flatMap((event) => streamMessagesOf(stored(event)));

  it('every message produced validates against its own versioned schema', () => {
    for (const message of all) {
      const schema = streamMessageSchema(message.type);
      expect([...Value.Errors(schema, message)], message.type).toEqual([]);
    }
  });

  it('covers the desktop’s messages: offer, answer, hang-up, hold, transfers, conversations, presence', () => {
    const types = new Set(all.map((message) => message.type));
    for (const type of publicMessageTypes)
      if (type !== 'call.placed' || types.has(type)) expect(types).toContain(type);
  });

  it('the stream sends each message as the same JSON text, fields not applicable left out', () => {
    for (const event of events) {
      const texts = streamTextsOf(stored(event));
      expect(texts, event.type).toEqual(
        streamMessagesOf(stored(event)).map((message) => JSON.stringify(message)),
      );
      for (const text of texts) expect(text, event.type).not.toMatch(/null|undefined/);
    }
  });

  it('carries the event’s workspace sequence and time, and the catalog’s version', () => {
    const [message] = streamMessagesOf(
      stored(
        { type: 'presence.changed', userId: 'u1', from: 'online', to: 'pause', reason: 'requested' },
        42,
      ),
    );
    expect(message).toEqual({
      type: 'presence.changed',
      version: messageCatalog['presence.changed'].version,
      seq: 42,
      at: '2026-01-05T08:00:00.000Z',
      data: { userId: 'u1', from: 'online', to: 'pause', reason: 'requested' },
    });
  });

  it('a transfer’s ringing leg is both an offer and a received transfer, with who and why', () => {
    const ringing = events.find((event) => event.type === 'call.leg_ringing')!;
    expect(publicMessagesOf(stored(ringing)).map(({ type, data }) => ({ type, data }))).toEqual([
      { type: 'call.offered', data: { callId: 'c1', userId: 'u2', legId: 'l3' } },
      {
        type: 'transfer.received',
        data: { callId: 'c1', transferId: 't1', fromUserId: 'u1', toUserId: 'u2', note: 'VIP' },
      },
    ]);
  });

  it('internal details stay internal: timers, routing draws, charges’ amounts, secrets', () => {
    const internal: Event[] = [
      { type: 'timer.set', timerId: 't', kind: 'ring', fireAt: 1, payload: {} } as never,
      { type: 'call.rng_advanced', callId: 'c1', seed: 3 },
      { type: 'sip.device_registered', userId: 'u1' },
    ];
    for (const event of internal) expect(publicMessagesOf(stored(event)), event.type).toEqual([]);
    const secret = publicMessagesOf(
      stored({ type: 'sip.account_set', userId: 'u1', username: 'ann', ha1: { md5: 'x', sha256: 'y' } }),
    );
    expect(JSON.stringify(secret)).not.toContain('"x"');
    const charged = publicMessagesOf(
      stored({
        type: 'call.charged',
        callId: 'c1',
        legId: 'l',
        to: '+34600000001',
        amountCents: 3,
        connectedMs: 1,
      }),
    );
    expect(charged).toMatchObject([
      { type: 'config.changed', data: { entity: 'billing', change: 'updated' } },
    ]);
    expect(JSON.stringify(charged)).not.toContain('amountCents');
    expect(secret).toMatchObject([
      { type: 'config.changed', data: { entity: 'sip', id: 'u1', change: 'updated' } },
    ]);
  });

  it('configuration changes say which entity to read again, never its content (no emails to agents)', () => {
    const [message] = publicMessagesOf(
      stored({ type: 'user.updated', userId: 'u2', changes: { email: 'bea@example.com' } }),
    );
    expect(message).toMatchObject({
      type: 'config.changed',
      data: { entity: 'user', id: 'u2', change: 'updated' },
    });
    expect(JSON.stringify(message)).not.toContain('bea@');
  });

  it('the customer’s or an external leg is a change of the call, not an offer to anyone', () => {
    for (const event of [
      { type: 'call.leg_ringing', callId: 'c1', legId: 'l9', number: '+34600000009' },
      { type: 'call.leg_answered', callId: 'c1', legId: 'l0' },
      { type: 'call.leg_ended', callId: 'c1', legId: 'l0', reason: 'hung_up' },
    ] as const)
      expect(publicMessagesOf(stored(event)).map(({ type, data }) => ({ type, data }))).toEqual([
        { type: 'call.updated', data: { callId: 'c1' } },
      ]);
  });

  it('callback.finished version 2 says why it ended (issue 21): answered, out of attempts, cancelled, number removed', () => {
    const finished = (extra: Partial<Extract<Event, { type: 'callback.finished' }>>) =>
      publicMessagesOf(
        stored({ type: 'callback.finished', callbackId: 'cb1', outcome: 'abandoned', ...extra } as Event),
      ).map(({ version, data }) => ({ version, data }));
    expect(finished({ outcome: 'answered', userId: 'u1' })).toEqual([
      { version: 2, data: { callbackId: 'cb1', outcome: 'answered', reason: 'customer_answered' } },
    ]);
    expect(finished({ outcome: 'no_answer' })[0]!.data).toMatchObject({ reason: 'out_of_attempts' });
    expect(finished({ userId: 'u1' })[0]!.data).toMatchObject({ reason: 'cancelled' });
    expect(finished({ reason: 'number_removed' })[0]!.data).toMatchObject({ reason: 'number_removed' });
  });

  it('fields not applicable are absent, not null or undefined', () => {
    const [received] = publicMessagesOf(stored(events[0]!));
    expect(Object.keys(received!.data)).toEqual(['callId', 'numberId', 'from', 'to']);
  });
});
