import { describe, expect, it } from 'vitest';
import { annRinging } from '../testing.ts';

describe('a call and its legs with every field from the start (issue 16 goal 6)', () => {
  it('a snapshot still holds only the fields a call and its legs have, as before', () => {
    const s = annRinging();
    const saved = JSON.parse(JSON.stringify(s.state)) as {
      calls: { c1: Record<string, unknown> & { legs: Record<string, Record<string, unknown>> } };
    };
    const { legs, ...call } = saved.calls.c1;
    expect(Object.keys(call)).toEqual([
      'id',
      'direction',
      'numberId',
      'from',
      'to',
      'phase',
      'legCount',
      'startedAt',
      'offering',
      'routedAt',
    ]);
    expect(Object.keys(legs['c1.0']!)).toEqual(['id', 'party', 'number', 'status', 'startedAt']);
    expect(Object.keys(legs['c1.1']!)).toEqual(['id', 'party', 'userId', 'status', 'startedAt']);
  });

  it('every call and every leg has the same fields at every step, whatever it went through', () => {
    const s = annRinging();
    const fieldsOf = (value: object) => Object.keys(value).join();
    const ringing = s.state.calls.get('c1')!;
    const callFields = fieldsOf(ringing);
    const legFields = fieldsOf(ringing.legs.get('c1.0')!);
    s.when({ type: 'call.answer_leg', callId: 'c1', legId: 'c1.1' });
    s.when({ type: 'call.hold', callId: 'c1', userId: 'ann' }, { kind: 'user', userId: 'ann' });
    s.when({ type: 'call.inbound', callId: 'c2', from: '+34600111333', to: '+34911234567' });
    for (const call of s.state.calls.values()) {
      expect(fieldsOf(call)).toBe(callFields);
      for (const leg of call.legs.values()) expect(fieldsOf(leg)).toBe(legFields);
    }
    expect(s.state.calls.get('c1')).toMatchObject({ phase: 'connected', held: true, agentId: 'ann' });
    expect(s.state.calls.get('c2')).toMatchObject({ phase: 'queued' });
  });
});
