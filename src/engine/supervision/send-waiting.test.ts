import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import type { Event } from '../events.ts';
import { createdWorkspace, Scenario } from '../testing.ts';

/*
 * Issue 21 item 2 (R4): a supervisor sends a waiting call to a group, which rings by its own
 * strategy, or to a department (its least busy free agent), not only to one agent. n1 routes
 * to the group "front" (Ann only), who is busy on c0: c1 waits in the queue while Bob and Cid,
 * assigned to n1 too, are free. "back" is a group of Bob and Cid; "care" a department of Cid.
 */
function c1Waiting(): Scenario {
  const commands: Command[] = [createdWorkspace, { type: 'billing.top_up', amountCents: 1000 }];
  for (const [id, role] of [
    ['ann', 'agent'],
    ['bob', 'agent'],
    ['cid', 'agent'],
    ['dan', 'agent'],
    ['sue', 'supervisor'],
  ] as const)
    commands.push({ type: 'user.create', userId: id, name: id, email: `${id}@acme.test`, role } as Command, {
      type: 'presence.set',
      userId: id,
      presence: id === 'sue' || id === 'dan' ? 'pause' : 'online',
    });
  commands.push(
    { type: 'group.create', groupId: 'front', name: 'Front', memberIds: ['ann'], strategy: 'sequential' },
    {
      type: 'group.create',
      groupId: 'back',
      name: 'Back',
      memberIds: ['bob', 'cid'],
      strategy: 'sequential',
    },
    { type: 'group.create', groupId: 'away', name: 'Away', memberIds: ['dan'], strategy: 'sequential' },
    { type: 'department.create', departmentId: 'care', name: 'Care', memberIds: ['dan', 'cid'] },
    {
      type: 'number.add',
      numberId: 'n1',
      e164: '+34911234567',
      kind: 'rented',
      assignedUserIds: ['ann', 'bob', 'cid', 'dan'],
      settings: {
        strategy: 'sequential',
        noAnswerAction: { kind: 'hang_up' },
        route: { kind: 'group', groupId: 'front' },
      },
    } as Command,
    { type: 'call.inbound', callId: 'c0', from: '+34600111000', to: '+34911234567' },
    { type: 'call.answer_leg', callId: 'c0', legId: 'c0.1' },
    { type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' },
  );
  return new Scenario().after(...commands);
}

const send = (target: Record<string, string>): Command =>
  ({ type: 'call.supervisor_transfer', callId: 'c1', transferId: 't1', userId: 'sue', target }) as Command;
const ringingUsers = (events: Event[]) =>
  events.flatMap((event) => (event.type === 'call.leg_ringing' && event.userId ? [event.userId] : []));

describe('a supervisor sends a waiting call to a group or a department (issue 21 item 2, R4)', () => {
  it('R4: to a group — out of the queue, routed by the group’s strategy (Bob first), in the history with Sue', () => {
    const s = c1Waiting();
    expect(s.state.calls.get('c1')!.phase).toBe('queued');
    const events = s.when(send({ kind: 'group', groupId: 'back' }));
    expect(events[0]).toMatchObject({
      type: 'call.supervisor_action',
      userId: 'sue',
      target: { kind: 'group', groupId: 'back' },
    });
    expect(events).toContainEqual(expect.objectContaining({ type: 'call.dequeued', reason: 'offered' }));
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'call.routed',
        pool: { kind: 'group', id: 'back' },
        strategy: 'sequential',
      }),
    );
    expect(ringingUsers(events)).toEqual(['bob']);
    expect(s.state.waiting).toEqual([]);
    // Bob lets it ring out: the group's strategy goes on to Cid.
    s.advance(60_000);
    expect(ringingUsers(s.fireDueTimers())).toEqual(['cid']);
  });

  it('R4: to a department — its least busy free agent of the number called rings (Cid; Dan is paused)', () => {
    const s = c1Waiting();
    const events = s.when(send({ kind: 'department', departmentId: 'care' }));
    expect(ringingUsers(events)).toEqual(['cid']);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.routed', pool: { kind: 'user', id: 'cid', why: 'supervisor' } }),
    );
  });

  it('R4: an agent whose phone rings for the call may be where it is sent: Bob’s ring stops and the group rings him again', () => {
    const s = c1Waiting().after({
      type: 'number.add',
      numberId: 'n2',
      e164: '+34911234568',
      kind: 'rented',
      assignedUserIds: ['bob', 'cid'],
      settings: { strategy: 'sequential', noAnswerAction: { kind: 'hang_up' } },
    } as Command);
    s.when({ type: 'call.inbound', callId: 'c2', from: '+34600111333', to: '+34911234568' });
    expect(s.state.calls.get('c2')!.legs.get('c2.1')).toMatchObject({ userId: 'bob', status: 'ringing' });
    const events = s.when({ ...send({ kind: 'group', groupId: 'back' }), callId: 'c2' } as Command);
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'call.leg_ended', legId: 'c2.1', reason: 'transferred' }),
    );
    expect(ringingUsers(events)).toEqual(['bob']);
    expect(s.state.users.bob!.ringingLegs).toBe(1);
  });

  it('R4: nobody there who can take it, an unknown team or an external number is refused naming the field; the call keeps waiting', () => {
    const s = c1Waiting();
    s.refuses(send({ kind: 'group', groupId: 'away' }), 'conflict', 'target.groupId');
    s.refuses(send({ kind: 'group', groupId: 'nope' }), 'not_found', 'target.groupId');
    s.refuses(send({ kind: 'group', groupId: '__proto__' }), 'not_found', 'target.groupId');
    s.refuses(send({ kind: 'department', departmentId: 'constructor' }), 'not_found', 'target.departmentId');
    s.refuses(send({ kind: 'external', number: '+34600999888' }), 'validation', 'target.kind');
    s.when({ type: 'presence.set', userId: 'cid', presence: 'pause' });
    s.refuses(send({ kind: 'department', departmentId: 'care' }), 'conflict', 'target.departmentId');
    expect(s.state.calls.get('c1')!.phase).toBe('queued');
    expect(s.state.waiting).toEqual(['c1']);
  });
});
