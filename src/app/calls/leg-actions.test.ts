import { describe, expect, it } from 'vitest';
import { createdWorkspace, Scenario } from '../../engine/testing.ts';
import type { Principal } from '../principal.ts';
import { phoneLeg } from './leg-actions.ts';

describe('phoneLeg: which legs a principal’s phone may act on (issue 17 residue 2)', () => {
  const s = new Scenario();
  s.when(createdWorkspace);
  s.when({ type: 'number.add', numberId: 'n1', e164: '+34910000000', kind: 'rented' });
  s.when({ type: 'user.create', userId: 'ann', name: 'Ann', email: 'ann@acme.test' });
  s.when({ type: 'user.create', userId: 'bob', name: 'Bob', email: 'bob@acme.test' });
  s.when({ type: 'presence.set', userId: 'ann', presence: 'online' });
  s.when({ type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34910000000' });
  s.advance(60_000);
  s.fireDueTimers();
  const legs = [...(s.state.calls.get('c1')?.legs.values() ?? [])];
  const ringing = legs.find((leg) => leg.party === 'agent')!;
  const customer = legs.find((leg) => leg.party === 'customer')!;
  const user = (userId: string, role: 'agent' | 'supervisor' = 'agent'): Principal => ({
    kind: 'user',
    workspaceId: 'ws',
    userId,
    role,
    tokenHash: 'h',
  });
  const ref = (legId: string, callId = 'c1') => ({ workspaceId: 'ws', callId, legId });

  it('an agent’s own ringing leg, or anyone’s for a supervisor', () => {
    expect(ringing.userId).toBe('ann');
    expect(phoneLeg(s.state, user('ann'), ref(ringing.id))).toBe(ringing);
    expect(phoneLeg(s.state, user('bob', 'supervisor'), ref(ringing.id))).toBe(ringing);
  });

  it('refuses another agent’s leg (forbidden), the customer’s, an unknown leg or call (not found)', () => {
    expect(() => phoneLeg(s.state, user('bob'), ref(ringing.id))).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    expect(() => phoneLeg(s.state, user('ann', 'supervisor'), ref(customer.id))).toThrow(
      expect.objectContaining({ code: 'not_found', field: 'legId' }),
    );
    expect(() => phoneLeg(s.state, user('ann'), ref('nope'))).toThrow(
      expect.objectContaining({ field: 'legId' }),
    );
    expect(() => phoneLeg(s.state, user('ann'), ref(ringing.id, '__proto__'))).toThrow(
      expect.objectContaining({ field: 'callId' }),
    );
  });
});
