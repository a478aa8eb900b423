import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario, types } from '../testing.ts';

/** Ann and Bob answer n1's calls (sequential) and the Help department's chats. */
function workspace(extra: Command[] = []) {
  const s = new Scenario().after(createdWorkspace, { type: 'billing.top_up', amountCents: 1000 });
  for (const id of ['ann', 'bob'])
    s.when({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test`, capacity: { chat: 1 } });
  s.after(
    { type: 'department.create', departmentId: 'help', name: 'Help', memberIds: ['ann', 'bob'] },
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      settings: { strategy: 'sequential' },
    },
    { type: 'routing_rules.set', target: { kind: 'number', id: 'n1' }, wrapUpSec: 30 },
    { type: 'routing_rules.set', target: { kind: 'department', id: 'help' }, wrapUpSec: 20 },
    ...extra,
  );
  for (const id of ['ann', 'bob']) s.when({ type: 'presence.set', userId: id, presence: 'online' });
  return s;
}

const call = (callId: string) =>
  ({ type: 'call.inbound', callId, from: '+34600999888', to: '+34911234567' }) as const;
const legOf = (s: Scenario, callId: string, status: 'ringing' | 'connected') =>
  [...s.state.calls.get(callId)!.legs.values()].find(
    (leg) => leg.party === 'agent' && leg.status === status,
  )!;
const ringingIn = (s: Scenario, callId: string) =>
  [...(s.state.calls.get(callId)?.legs.values() ?? [])]
    .filter((leg) => leg.status === 'ringing')
    .map((leg) => leg.userId);

/** Ann answers c1 and hangs up: her wrap-up starts. */
function afterAnnsCall(s = workspace()) {
  s.when(call('c1'));
  s.when({ type: 'call.answer_leg', callId: 'c1', legId: legOf(s, 'c1', 'ringing').id });
  s.advance(60_000);
  const events = s.when({ type: 'call.hangup_leg', callId: 'c1', legId: legOf(s, 'c1', 'connected').id });
  return { s, events };
}

describe('R2 after-call work (wrap-up)', () => {
  it('R2: a finished call starts the number’s wrap-up; no call is offered to the agent during it', () => {
    const { s, events } = afterAnnsCall();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'wrap_up.started', userId: 'ann', channel: 'voice', seconds: 30 }),
    );
    expect(s.state.users.ann!.wrapUp?.voice).toEqual({ until: s.now + 30_000, seconds: 30, extended: false });
    s.when(call('c2'));
    expect(ringingIn(s, 'c2')).toEqual(['bob']);
    expectRoutingIndexFresh(s.state);
  });

  it('R2: wrap-up ends by its timer, and a waiting caller is offered to the agent at once', () => {
    const { s } = afterAnnsCall();
    s.when({ type: 'presence.set', userId: 'bob', presence: 'pause' });
    s.when(call('c2'));
    expect(s.state.calls.get('c2')!.phase).toBe('queued');
    const fired = s.advance(30_000).fireDueTimers();
    expect(fired).toContainEqual({
      type: 'wrap_up.ended',
      userId: 'ann',
      channel: 'voice',
      reason: 'elapsed',
    });
    expect(ringingIn(s, 'c2')).toEqual(['ann']);
  });

  it('R2: the agent may end wrap-up early', () => {
    const { s } = afterAnnsCall();
    s.advance(5_000);
    const events = s.when({ type: 'wrap_up.end', userId: 'ann', channel: 'voice' });
    expect(types(events)).toEqual(['timer.cleared', 'wrap_up.ended']);
    expect(s.state.users.ann!.wrapUp).toBeUndefined();
    s.when(call('c2'));
    expect(ringingIn(s, 'c2')).toEqual(['ann']);
  });

  it('R2: the agent may extend it once, by the same length; not twice', () => {
    const { s } = afterAnnsCall();
    const until = s.now + 30_000;
    s.when({ type: 'wrap_up.extend', userId: 'ann', channel: 'voice' });
    expect(s.state.users.ann!.wrapUp?.voice).toEqual({ until: until + 30_000, seconds: 30, extended: true });
    expect(s.state.timers.get('wrapup:voice:ann')?.at).toBe(until + 30_000);
    s.refuses({ type: 'wrap_up.extend', userId: 'ann', channel: 'voice' }, 'conflict', 'channel');
    s.advance(30_000).fireDueTimers();
    expect(s.state.users.ann!.wrapUp?.voice).toBeDefined();
    s.advance(30_000).fireDueTimers();
    expect(s.state.users.ann!.wrapUp).toBeUndefined();
  });

  it('R2: no wrap-up configured, none started; nothing to end or extend', () => {
    const s = workspace([{ type: 'routing_rules.set', target: { kind: 'number', id: 'n1' }, wrapUpSec: 0 }]);
    const { events } = afterAnnsCall(s);
    expect(types(events)).not.toContain('wrap_up.started');
    s.refuses({ type: 'wrap_up.end', userId: 'ann', channel: 'voice' }, 'conflict', 'channel');
    s.refuses({ type: 'wrap_up.end', userId: 'ann', channel: 'fax' as never }, 'validation', 'channel');
  });

  it('R2: a call’s wrap-up leaves chats alone: the agent keeps taking conversations', () => {
    const { s } = afterAnnsCall();
    s.when({ type: 'presence.set', userId: 'bob', presence: 'pause' });
    s.when(write('v1'));
    expect(s.state.conversations.v1!.assigneeId).toBe('ann');
  });

  it('R2: resolving a conversation starts the department’s wrap-up: no new conversation until it ends', () => {
    const s = workspace();
    s.when({ type: 'presence.set', userId: 'bob', presence: 'pause' });
    s.when(write('v1'));
    const events = s.when({ type: 'conversation.resolve', conversationId: 'v1', userId: 'ann' });
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'wrap_up.started', userId: 'ann', channel: 'chat', seconds: 20 }),
    );
    s.when(write('v2'));
    expect(s.state.conversations.v2!.status).toBe('queued');
    s.advance(20_000).fireDueTimers();
    expect(s.state.conversations.v2!.assigneeId).toBe('ann');
    expectRoutingIndexFresh(s.state);
  });

  it('R2: bad wrap-up seconds are refused naming the field', () => {
    workspace().refuses(
      { type: 'routing_rules.set', target: { kind: 'group', id: 'n1' }, wrapUpSec: 10 },
      'not_found',
      'target.id',
    );
    workspace().refuses(
      { type: 'routing_rules.set', target: { kind: 'number', id: 'n1' }, wrapUpSec: 3601 },
      'validation',
      'wrapUpSec',
    );
  });
});

let messages = 0;
function write(conversationId: string): Command {
  messages += 1;
  return {
    type: 'conversation.incoming',
    conversationId,
    channel: 'webchat',
    contact: { address: `visitor-${conversationId}` },
    channelMessageId: `m${messages}`,
    text: 'Hello',
    departmentId: 'help',
  };
}
