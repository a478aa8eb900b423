import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import { groupsByName, visibleNumbers } from './directory.ts';

const s = new Scenario().after(
  createdWorkspace,
  { type: 'user.create', userId: 'u1', name: 'Lucía Gómez', email: 'lucia@acme.test' },
  { type: 'number.add', numberId: 'n2', e164: '+34932000000', kind: 'rented', assignedUserIds: ['u1'] },
  { type: 'number.add', numberId: 'n1', e164: '+34910000000', kind: 'rented', assignedUserIds: ['u1'] },
  { type: 'number.add', numberId: 'n3', e164: '+34600000000', kind: 'rented', assignedUserIds: [] },
  { type: 'group.create', groupId: 'g1', name: 'Ventas' },
  { type: 'group.create', groupId: 'g2', name: 'Atención' },
);
const numbers = (items: { e164: string }[]) => items.map((item) => item.e164);

describe('number and group lists', () => {
  it('W8: an agent sees only the numbers assigned to them, by number', () => {
    const agent = { kind: 'agent', userId: 'u1', departmentIds: new Set<string>() } as const;
    expect(numbers(visibleNumbers(s.state, agent))).toEqual(['+34910000000', '+34932000000']);
  });

  it('W8: supervisors see every number, by number; a key without a user none', () => {
    expect(numbers(visibleNumbers(s.state, { kind: 'all' }))).toEqual([
      '+34600000000',
      '+34910000000',
      '+34932000000',
    ]);
    expect(visibleNumbers(s.state, { kind: 'nobody' })).toEqual([]);
  });

  it('lists telephony groups by name', () => {
    expect(groupsByName(s.state).map((group) => group.name)).toEqual(['Atención', 'Ventas']);
  });
});
