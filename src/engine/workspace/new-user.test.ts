import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario } from '../testing.ts';

const ann = { type: 'user.create', userId: 'u_ann', name: 'Ann', email: 'ann@acme.test' } as const;

describe('a user as evolve stores them, every field from the start (issue 16 goal 6)', () => {
  it('a snapshot holds the fields the user has, in the order it always had, and nothing unset', () => {
    const s = new Scenario().after(createdWorkspace, ann, {
      ...ann,
      userId: 'u_bob',
      email: 'bob@acme.test',
      extension: '101',
      mobile: '+34600111222',
      skills: [{ skill: 'spanish', level: 4 }],
    });
    const saved = JSON.parse(JSON.stringify(s.state.users)) as Record<string, Record<string, unknown>>;
    const plain = ['id', 'name', 'email', 'role', 'capacity', 'presence', 'presenceSince', 'missedOffers'];
    const counts = ['ringingLegs', 'connectedLegs', 'chatSessions'];
    expect(Object.keys(saved.u_ann!)).toEqual([...plain, ...counts, 'order']);
    expect(Object.keys(saved.u_bob!)).toEqual([
      ...plain,
      ...counts,
      'extension',
      'mobile',
      'skills',
      'order',
    ]);
    expect(saved.u_bob).toMatchObject({ extension: '101', mobile: '+34600111222', order: 1 });
    expect(saved.u_bob!.skills).toEqual([{ skill: 'spanish', level: 4 }]);
  });

  it('every user has the same fields, whatever they were created with and did since', () => {
    const s = new Scenario().after(
      createdWorkspace,
      ann,
      { ...ann, userId: 'u_bob', email: 'bob@acme.test', extension: '101' },
      { type: 'presence.set', userId: 'u_ann', presence: 'online' },
      { type: 'user.update', userId: 'u_ann', capacity: { voice: 2 } },
    );
    const [first, second] = Object.values(s.state.users).map((user) => Object.keys(user).join());
    expect(second).toBe(first);
    expect(s.state.users.u_ann!.capacity).toEqual({ voice: 2, chat: 10 });
    expect(s.state.users.u_bob!.capacity).not.toBe(s.state.users.u_ann!.capacity);
  });
});
