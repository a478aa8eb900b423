import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario, types } from '../testing.ts';

function workspace(online = ['ann', 'bob'], capacity = 2, extra: Command[] = []) {
  const commands: Command[] = [
    createdWorkspace,
    { type: 'department.create', departmentId: 'sales', name: 'Sales' },
  ];
  for (const id of ['ann', 'bob', 'cid'])
    commands.push({
      type: 'user.create',
      userId: id,
      name: id,
      email: `${id}@acme.test`,
      capacity: { chat: capacity },
      departmentIds: ['sales'],
    });
  commands.push(
    { type: 'department.create', departmentId: 'support', name: 'Support', memberIds: ['cid'] },
    ...extra,
  );
  for (const id of online) commands.push({ type: 'presence.set', userId: id, presence: 'online' });
  return new Scenario().after(...commands);
}

let n = 0;
const nextMessageId = () => {
  n += 1;
  return `m${n}`;
};
const write = (conversationId: string, departmentId = 'sales', text = 'Hello') =>
  ({
    type: 'conversation.incoming',
    conversationId,
    channel: 'webchat',
    contact: { address: `visitor-${conversationId}` },
    channelMessageId: nextMessageId(),
    text,
    departmentId,
  }) as const;
const assignee = (s: Scenario, id: string) => s.state.conversations[id]?.assigneeId;

describe('chat conversations (C1) and routing', () => {
  it('a contact writes: the conversation opens and goes to the least busy agent of the department', () => {
    const s = workspace().after(write('k1'));
    expect(assignee(s, 'k1')).toBe('ann');
    s.when(write('k2'));
    expect(assignee(s, 'k2')).toBe('bob');
    expect(s.state.users.ann!.chatSessions).toBe(1);
  });

  it('a retried delivery of the same channel message is not a new message', () => {
    const s = workspace().after(write('k1'));
    const retry = { ...write('k1'), channelMessageId: 'm-x' };
    expect(types(s.when(retry))).toEqual(['conversation.message_received']);
    expect(s.when(retry)).toEqual([]);
  });

  it('with nobody having room it waits in the queue, and the oldest goes the moment capacity frees', () => {
    const s = workspace(['ann'], 1).after(write('k1'), write('k2'), write('k3'));
    expect(s.state.chatQueues.sales).toEqual(['k2', 'k3']);
    s.when({ type: 'conversation.resolve', conversationId: 'k1', userId: 'ann' });
    expect(assignee(s, 'k2')).toBe('ann');
    expect(s.state.chatQueues.sales).toEqual(['k3']);
  });

  it('an agent coming online, or more capacity, takes waiting conversations at once', () => {
    const s = workspace(['ann'], 1).after(write('k1'), write('k2'), write('k3'));
    s.when({ type: 'presence.set', userId: 'bob', presence: 'online' });
    expect(assignee(s, 'k2')).toBe('bob');
    s.when({ type: 'user.update', userId: 'ann', capacity: { chat: 2 } });
    expect(assignee(s, 'k3')).toBe('ann');
  });

  it('round_robin hands conversations out in turn; manual leaves them in the queue to be pulled', () => {
    const s = workspace(['ann', 'bob'], 5).after({
      type: 'chat.configure_department',
      departmentId: 'sales',
      settings: { strategy: 'round_robin' },
    });
    s.when(write('k1'));
    s.when(write('k2'));
    s.when(write('k3'));
    expect(['k1', 'k2', 'k3'].map((id) => assignee(s, id))).toEqual(['ann', 'bob', 'ann']);
    s.when({ type: 'chat.configure_department', departmentId: 'sales', settings: { strategy: 'manual' } });
    s.when(write('k4'));
    expect(s.state.conversations.k4!.status).toBe('queued');
    s.when({ type: 'conversation.assign', conversationId: 'k4', userId: 'bob' });
    expect(assignee(s, 'k4')).toBe('bob');
  });

  it('W5: pre_pause gets no new conversations and moves to pause when its last one ends', () => {
    const s = workspace(['ann'], 3).after(write('k1'));
    s.when({ type: 'presence.set', userId: 'ann', presence: 'pre_pause' });
    expect(s.state.users.ann!.presence).toBe('pre_pause');
    s.when(write('k2'));
    expect(s.state.conversations.k2!.status).toBe('queued');
    const events = s.when({ type: 'conversation.resolve', conversationId: 'k1', userId: 'ann' });
    expect(events).toContainEqual({
      type: 'presence.changed',
      userId: 'ann',
      from: 'pre_pause',
      to: 'pause',
      reason: 'last_session_ended',
    });
  });

  it('stranded work: an agent going offline returns their conversations to the queue (default) or keeps them', () => {
    const s = workspace(['ann', 'bob'], 1).after(write('k1'), write('k2'));
    s.when({ type: 'presence.set', userId: 'ann', presence: 'offline' });
    expect(s.state.conversations.k1!.status).toBe('queued');
    s.when({
      type: 'chat.configure_department',
      departmentId: 'sales',
      settings: { onAgentOffline: 'keep' },
    });
    s.when({ type: 'presence.set', userId: 'bob', presence: 'offline' });
    expect(assignee(s, 'k2')).toBe('bob');
  });

  it('stranded work: reassign routes them to another agent with room', () => {
    const s = workspace(['ann', 'bob'], 2, [
      { type: 'chat.configure_department', departmentId: 'sales', settings: { onAgentOffline: 'reassign' } },
    ]).after(write('k1'));
    expect(assignee(s, 'k1')).toBe('ann');
    s.when({ type: 'presence.set', userId: 'ann', presence: 'offline' });
    expect(assignee(s, 'k1')).toBe('bob');
  });

  it('replies, internal notes, hold and resolve are recorded; a resolved conversation leaves the state', () => {
    const s = workspace().after(write('k1'));
    s.when({
      type: 'conversation.reply',
      conversationId: 'k1',
      userId: 'ann',
      messageId: 'r1',
      text: 'Hi, how can I help?',
    });
    expect(s.state.conversations.k1!.lastOutgoingAt).toBe(s.now);
    s.when({ type: 'conversation.note', conversationId: 'k1', userId: 'ann', noteId: 'n1', text: 'VIP' });
    s.when({ type: 'conversation.hold', conversationId: 'k1', userId: 'ann' });
    expect(s.state.users.ann!.chatSessions).toBe(1);
    s.when({ type: 'conversation.resolve', conversationId: 'k1', userId: 'ann' });
    expect(s.state.conversations.k1).toBeUndefined();
    expect(s.state.users.ann!.chatSessions).toBe(0);
  });
});

describe('chat transfers (C2–C5)', () => {
  it('C2/C3/C4: to a department with a reason: an internal note, and the receiver sees from whom and why', () => {
    const s = workspace(['ann', 'cid']).after(write('k1'));
    const events = s.when(
      {
        type: 'conversation.transfer',
        conversationId: 'k1',
        by: 'ann',
        to: { kind: 'department', departmentId: 'support' },
        reason: 'Billing question',
        noteId: 't1',
      },
      { kind: 'user', userId: 'ann' },
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'conversation.note_added',
        kind: 'transfer_reason',
        text: 'Billing question',
      }),
    );
    expect(assignee(s, 'k1')).toBe('cid');
    expect(s.state.conversations.k1!.transfer).toMatchObject({
      fromUserId: 'ann',
      reason: 'Billing question',
    });
    expect(s.state.users.ann!.chatSessions).toBe(0);
  });

  it('C2: to an available agent directly', () => {
    const s = workspace().after(write('k1'));
    s.when({
      type: 'conversation.transfer',
      conversationId: 'k1',
      by: 'ann',
      to: { kind: 'agent', userId: 'bob' },
      noteId: 't1',
    });
    expect(assignee(s, 'k1')).toBe('bob');
  });

  it('C5: to an unavailable agent: it waits in their pending list, and is theirs when they come online', () => {
    const s = workspace().after(write('k1'));
    const events = s.when({
      type: 'conversation.transfer',
      conversationId: 'k1',
      by: 'ann',
      to: { kind: 'agent', userId: 'cid' },
      noteId: 't1',
    });
    expect(events).toContainEqual({ type: 'conversation.pending', conversationId: 'k1', userId: 'cid' });
    expect(s.state.conversations.k1!.status).toBe('pending');
    s.when({ type: 'presence.set', userId: 'cid', presence: 'online' });
    expect(s.state.conversations.k1).toMatchObject({ status: 'assigned', assigneeId: 'cid' });
  });

  it('C5: a supervisor transfers a pending conversation on again', () => {
    const s = workspace(['ann', 'bob'], 2, [
      { type: 'user.create', userId: 'sup', name: 'Sup', email: 'sup@acme.test', role: 'supervisor' },
    ]).after(write('k1'), {
      type: 'conversation.transfer',
      conversationId: 'k1',
      by: 'ann',
      to: { kind: 'agent', userId: 'cid' },
      noteId: 't1',
    });
    s.when(
      {
        type: 'conversation.transfer',
        conversationId: 'k1',
        by: 'sup',
        to: { kind: 'agent', userId: 'bob' },
        noteId: 't2',
      },
      { kind: 'user', userId: 'sup' },
    );
    expect(assignee(s, 'k1')).toBe('bob');
  });

  it('C4, issue 12 #15: a transfer made with a key records the key as who transferred it, not the previous assignee', () => {
    const s = workspace().after(write('k1'));
    const move = (noteId: string, userId: string) =>
      ({
        type: 'conversation.transfer',
        conversationId: 'k1',
        to: { kind: 'agent', userId },
        noteId,
      }) as const;
    const events = s.when(move('t1', 'bob'), { kind: 'admin' });
    expect(events[0]).toEqual({
      type: 'conversation.transferred',
      conversationId: 'k1',
      fromUserId: 'ann',
      byKey: { kind: 'admin' },
      to: { kind: 'agent', userId: 'bob' },
    });
    expect(s.state.conversations.k1!.transfer).toEqual({
      fromUserId: 'ann',
      byKey: { kind: 'admin' },
      at: s.now,
    });
    s.when(move('t2', 'ann'), { kind: 'api_key', keyId: 'key_7' });
    expect(s.state.conversations.k1!.transfer).toMatchObject({
      fromUserId: 'bob',
      byKey: { kind: 'api_key', keyId: 'key_7' },
    });
    // A signed-in user is recorded by id, never as a key.
    s.when({ ...move('t3', 'bob'), by: 'ann' }, { kind: 'user', userId: 'ann' });
    expect(s.state.conversations.k1!.transfer).toEqual({ fromUserId: 'ann', by: 'ann', at: s.now });
  });

  it('an agent cannot transfer a conversation that is not theirs', () => {
    const s = workspace().after(write('k1'));
    const decision = () =>
      s.when(
        {
          type: 'conversation.transfer',
          conversationId: 'k1',
          by: 'bob',
          to: { kind: 'agent', userId: 'bob' },
          noteId: 't1',
        },
        { kind: 'user', userId: 'bob' },
      );
    expect(decision).toThrow(/assigned to them/);
  });

  it('refuses a transfer to a department that does not exist, naming the field', () => {
    workspace()
      .after(write('k1'))
      .refuses(
        {
          type: 'conversation.transfer',
          conversationId: 'k1',
          to: { kind: 'department', departmentId: 'nope' },
          noteId: 't1',
        },
        'not_found',
        'to.departmentId',
      );
  });
});

describe('reopening (C1)', () => {
  it('a reopened conversation goes back to its agent when they have room, else it is routed again', () => {
    const s = workspace().after(write('k1'), {
      type: 'conversation.resolve',
      conversationId: 'k1',
      userId: 'ann',
    });
    s.when({ ...write('k1'), reopen: { previousAssigneeId: 'ann' } } as Command);
    expect(assignee(s, 'k1')).toBe('ann');
    s.when({ type: 'conversation.resolve', conversationId: 'k1', userId: 'ann' });
    s.when({ type: 'presence.set', userId: 'ann', presence: 'offline' });
    const events = s.when({ ...write('k1'), reopen: { previousAssigneeId: 'ann' } } as Command);
    expect(events[0]).toMatchObject({ type: 'conversation.opened', reopened: true });
    expect(assignee(s, 'k1')).toBe('bob');
  });
});
