import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, expectRoutingIndexFresh, Scenario, types } from '../testing.ts';
import type { NumberSettingsPatch } from '../voice/number-settings.ts';
import { strategies } from './strategy.ts';

const spanish3 = { skill: 'spanish', minLevel: 3 };
const relaxing = { skill: 'spanish', minLevel: 3, relax: { afterSec: 60, minLevel: 1 } };

/** Ann speaks no Spanish, Bob a little (1), Cid well (4); all three are online and assigned to n1. */
function workspace(settings: NumberSettingsPatch = {}, extra: Command[] = []) {
  const s = new Scenario().after(createdWorkspace, { type: 'billing.top_up', amountCents: 1000 });
  const skills = { ann: [], bob: [{ skill: 'spanish', level: 1 }], cid: [{ skill: 'Spanish', level: 4 }] };
  for (const [id, list] of Object.entries(skills))
    s.when({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test`, skills: list });
  s.after(
    { type: 'department.create', departmentId: 'help', name: 'Help', memberIds: ['ann', 'bob', 'cid'] },
    { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'rented', settings },
    ...extra,
  );
  for (const id of ['ann', 'bob', 'cid']) s.when({ type: 'presence.set', userId: id, presence: 'online' });
  return s;
}

const call = (callId = 'c1') =>
  ({ type: 'call.inbound', callId, from: '+34600999888', to: '+34911234567' }) as const;
const ringingIn = (s: Scenario, callId = 'c1') =>
  [...(s.state.calls.get(callId)?.legs.values() ?? [])]
    .filter((leg) => leg.status === 'ringing')
    .map((leg) => leg.userId);
const answer = (s: Scenario, callId: string): Command => {
  const leg = [...s.state.calls.get(callId)!.legs.values()].find(
    (candidate) => candidate.status === 'ringing',
  )!;
  return { type: 'call.answer_leg', callId, legId: leg.id };
};
const routed = (events: Event[]) => events.find((event) => event.type === 'call.routed');
const rules = (
  skills: unknown[],
  kind: 'number' | 'group' | 'department' = 'number',
  id = 'n1',
): Command => ({
  type: 'routing_rules.set',
  target: { kind, id },
  skills: skills as never,
});

describe('R1 skills: routing offers calls to qualified agents only', () => {
  for (const strategy of strategies)
    it(`R1: ${strategy} offers only agents with spanish ≥ 3`, () => {
      const s = workspace({ strategy }, [rules([spanish3])]);
      s.when(call());
      expect(ringingIn(s)).toEqual(['cid']);
      expectRoutingIndexFresh(s.state);
    });

  it('R1: the routing explanation says what was required and how many members lacked it', () => {
    const s = workspace({}, [rules([spanish3])]);
    expect(routed(s.when(call()))).toMatchObject({
      candidates: [{ userId: 'cid', offered: true }],
      skills: { required: [spanish3], unqualified: 2 },
    });
  });

  it('R1: a busy qualified agent makes the caller wait rather than go to an unqualified one', () => {
    const s = workspace({}, [rules([spanish3])]);
    s.when(call('c1'));
    s.when(call('c2'));
    expect(s.state.calls.get('c2')!.phase).toBe('queued');
    expect(ringingIn(s, 'c2')).toEqual([]);
  });

  it('R1: after the configured wait the requirement relaxes, by a timer, and the explanation records it', () => {
    const s = workspace({}, [rules([relaxing])]);
    s.when(call('c1'));
    s.when(answer(s, 'c1'));
    s.when(call('c2'));
    expect(s.state.timers.get('relax:c2')?.at).toBe(s.now + 60_000);
    s.advance(59_000).fireDueTimers();
    expect(s.state.calls.get('c2')!.phase).toBe('queued');
    const fired = s.advance(1_000).fireDueTimers();
    expect(fired).toContainEqual(
      expect.objectContaining({
        type: 'routing.relaxed',
        callId: 'c2',
        relaxed: [{ skill: 'spanish', from: 3, to: 1 }],
      }),
    );
    expect(routed(fired)).toMatchObject({
      skills: {
        required: [{ skill: 'spanish', minLevel: 1 }],
        relaxed: [{ skill: 'spanish', from: 3, to: 1 }],
      },
    });
    // Bob (level 1) now qualifies; Ann (no Spanish) still does not.
    expect(ringingIn(s, 'c2')).toEqual(['bob']);
  });

  it('R1: a relaxation to level 0 drops the skill: anyone may take the call', () => {
    const s = workspace({ strategy: 'sequential' }, [
      rules([{ skill: 'german', minLevel: 2, relax: { afterSec: 30, minLevel: 0 } }]),
    ]);
    s.when(call('c1'));
    expect(s.state.calls.get('c1')!.phase).toBe('queued');
    s.advance(30_000).fireDueTimers();
    expect(ringingIn(s)).toEqual(['ann']);
  });

  it('R1: a qualified agent freed takes the waiting call; an unqualified one freed does not', () => {
    const s = workspace({}, [rules([spanish3])]);
    s.when({ type: 'presence.set', userId: 'cid', presence: 'pause' });
    s.when(call('c1'));
    expect(s.state.calls.get('c1')!.phase).toBe('queued');
    s.when({ type: 'presence.set', userId: 'ann', presence: 'pause' });
    expect(types(s.when({ type: 'presence.set', userId: 'ann', presence: 'online' }))).not.toContain(
      'call.dequeued',
    );
    s.when({ type: 'presence.set', userId: 'cid', presence: 'online' });
    expect(ringingIn(s)).toEqual(['cid']);
  });

  it('R1: a group adds its own requirements to the number’s', () => {
    const s = workspace({}, [
      {
        type: 'group.create',
        groupId: 'g',
        name: 'G',
        memberIds: ['ann', 'bob', 'cid'],
        strategy: 'sequential',
        ringTimeoutSec: 10,
      },
      { type: 'number.configure', numberId: 'n1', settings: { route: { kind: 'group', groupId: 'g' } } },
      rules([{ skill: 'spanish', minLevel: 1 }]),
      rules([{ skill: 'billing', minLevel: 2 }], 'group', 'g'),
      {
        type: 'user.update',
        userId: 'bob',
        skills: [
          { skill: 'billing', level: 2 },
          { skill: 'spanish', level: 2 },
        ],
      },
    ]);
    s.when(call());
    expect(ringingIn(s)).toEqual(['bob']);
  });

  it('R1: changing an agent’s skills changes what they are offered at once', () => {
    const s = workspace({}, [rules([spanish3])]);
    s.when({ type: 'user.update', userId: 'ann', skills: [{ skill: 'spanish', level: 5 }] });
    s.when({ type: 'presence.set', userId: 'cid', presence: 'pause' });
    s.when(call());
    expect(ringingIn(s)).toEqual(['ann']);
    expectRoutingIndexFresh(s.state);
  });

  it('R1: round robin keeps its turn over the whole pool', () => {
    const s = workspace({ strategy: 'round_robin', queue: { enabled: false } }, [
      rules([{ skill: 'spanish', minLevel: 1 }]),
    ]);
    s.when(call('c1'));
    expect(ringingIn(s, 'c1')).toEqual(['bob']);
    s.when(call('c2'));
    expect(ringingIn(s, 'c2')).toEqual(['cid']);
  });

  it('R1: bad requirements and skills are refused naming the field, and nothing changes', () => {
    const s = workspace();
    s.refuses(rules([{ skill: 'spanish', minLevel: 6 }]), 'validation', 'skills[0].minLevel');
    s.refuses(rules([{ skill: '', minLevel: 2 }]), 'validation', 'skills[0].skill');
    s.refuses(
      rules([{ skill: 'spanish', minLevel: 2, relax: { afterSec: 10, minLevel: 2 } }]),
      'validation',
      'skills[0].relax.minLevel',
    );
    s.refuses(rules([spanish3, spanish3]), 'validation', 'skills[1].skill');
    s.refuses(rules([spanish3], 'group', 'nope'), 'not_found', 'target.id');
    s.refuses(
      { type: 'user.update', userId: 'ann', skills: [{ skill: 'spanish', level: 0 }] },
      'validation',
      'skills[0].level',
    );
  });
});

describe('R1 skills: conversations go to qualified department members', () => {
  const write = (conversationId: string) =>
    ({
      type: 'conversation.incoming',
      conversationId,
      channel: 'webchat',
      contact: { address: `visitor-${conversationId}` },
      channelMessageId: `m-${conversationId}`,
      text: 'Hola',
      departmentId: 'help',
    }) as const;

  it('R1: a department’s requirement picks the qualified member and relaxes after its wait', () => {
    const s = workspace({}, [rules([relaxing], 'department', 'help')]);
    s.when({ type: 'user.update', userId: 'cid', capacity: { chat: 1 } });
    s.when(write('v1'));
    expect(s.state.conversations.v1!.assigneeId).toBe('cid');
    const events = s.when(write('v2'));
    expect(events.find((event) => event.type === 'conversation.routed')).toMatchObject({
      skills: { required: [spanish3], unqualified: 2 },
    });
    expect(s.state.conversations.v2!.status).toBe('queued');
    s.advance(60_000).fireDueTimers();
    expect(s.state.conversations.v2!.assigneeId).toBe('bob');
    expectRoutingIndexFresh(s.state);
  });
});
