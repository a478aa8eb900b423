import { describe, expect, it } from 'vitest';
import type { Event, StoredEvent } from '../../engine/events.ts';
import type { User } from '../../engine/state.ts';
import type { Principal } from '../auth/principal.ts';
import { callsJoined, redactFor, visibleTo } from './visibility.ts';

const agent: Principal = {
  kind: 'user',
  workspaceId: 'acme',
  userId: 'u_ann',
  role: 'agent',
  tokenHash: 'h',
};
const supervisor: Principal = {
  kind: 'user',
  workspaceId: 'acme',
  userId: 'u_sam',
  role: 'supervisor',
  tokenHash: 'h',
};
const apiKey: Principal = { kind: 'api_key', workspaceId: 'acme', keyId: 'k', role: 'agent' };
const serverAdmin: Principal = { kind: 'admin', keyId: 'k0' };

let seq = 0;
const at = (event: Event, workspaceId = 'acme'): StoredEvent => ({ workspaceId, seq: ++seq, at: 0, event });

const bob: User = {
  id: 'u_bob',
  name: 'Bob',
  email: 'bob@acme.test',
  role: 'agent',
  mobile: '+34600999888',
  capacity: { voice: 1, chat: 10 },
  presence: 'offline',
  presenceSince: 0,
  missedOffers: 0,
} as User;

const ringing = (callId: string, userId: string) =>
  at({ type: 'call.leg_ringing', callId, legId: `${callId}.1`, userId });
const none = { calls: new Set<string>() };

describe('stream visibility (X1)', () => {
  it('never shows timer events, to anyone', () => {
    const timer = at({ type: 'timer.cleared', timerId: 'ring:c1', reason: 'fired' });
    for (const principal of [agent, supervisor, apiKey, serverAdmin])
      expect(visibleTo(timer, principal, none)).toBe(false);
  });

  it('shows supervisors, admins and API keys every call of their workspace', () => {
    const event = ringing('c1', 'u_bob');
    expect(visibleTo(event, supervisor, none)).toBe(true);
    expect(visibleTo(event, apiKey, none)).toBe(true);
    expect(visibleTo(event, serverAdmin, none)).toBe(true);
  });

  it('shows nothing of another workspace', () => {
    expect(visibleTo(at({ type: 'user.removed', userId: 'u_x' }, 'other'), supervisor, none)).toBe(false);
  });

  it('shows an agent the calls they have a leg in, and no others', () => {
    const calls = new Set(['c1']);
    expect(visibleTo(ringing('c1', 'u_ann'), agent, { calls })).toBe(true);
    expect(
      visibleTo(at({ type: 'call.ended', callId: 'c1', outcome: 'answered', endedBy: 'customer' }), agent, {
        calls,
      }),
    ).toBe(true);
    expect(visibleTo(ringing('c2', 'u_bob'), agent, { calls })).toBe(false);
  });

  it('shows an agent presence and configuration, but not billing', () => {
    const presence = at({
      type: 'presence.changed',
      userId: 'u_bob',
      from: 'offline',
      to: 'online',
      reason: 'requested',
    });
    expect(visibleTo(presence, agent, none)).toBe(true);
    expect(visibleTo(at({ type: 'department.removed', departmentId: 'd1' }), agent, none)).toBe(true);
    expect(visibleTo(at({ type: 'number.removed', numberId: 'n1' }), agent, none)).toBe(true);
    const billing = at({
      type: 'billing.updated',
      billing: { balanceCents: 100, currency: 'EUR', sipLicence: false },
    });
    expect(visibleTo(billing, agent, none)).toBe(false);
    expect(visibleTo(billing, supervisor, none)).toBe(true);
  });

  it('V8: shows an agent the voicemails of the numbers they are assigned to, even of calls they were not rung for', () => {
    const left = at({
      type: 'call.voicemail_left',
      callId: 'c7',
      voicemailId: 'vm_c7',
      numberId: 'n1',
      from: '+34600111222',
      durationMs: 4000,
    });
    expect(visibleTo(left, agent, { calls: new Set(), numbers: new Set(['n1']) })).toBe(true);
    expect(visibleTo(left, agent, { calls: new Set(), numbers: new Set(['n2']) })).toBe(false);
    const heard = at({ type: 'voicemail.heard', voicemailId: 'vm_c7', numberId: 'n1' });
    expect(visibleTo(heard, agent, { calls: new Set(), numbers: new Set(['n1']) })).toBe(true);
    expect(visibleTo(heard, agent, none)).toBe(false);
  });

  it('finds the calls a batch puts a user on', () => {
    const batch = [
      at({
        type: 'call.received',
        callId: 'c1',
        numberId: 'n1',
        from: '+34600111222',
        to: '+34911234567',
        customerLegId: 'c1.0',
      }),
      ringing('c1', 'u_ann'),
      ringing('c2', 'u_bob'),
    ];
    expect(callsJoined(batch, 'u_ann')).toEqual(['c1']);
    const placed = at({
      type: 'call.placed',
      callId: 'c3',
      numberId: 'n1',
      from: '+34911234567',
      to: '+34699000111',
      userId: 'u_ann',
      agentLegId: 'c3.0',
      customerLegId: 'c3.1',
    });
    expect(callsJoined([placed], 'u_ann')).toEqual(['c3']);
  });
});

describe('redaction for agents', () => {
  it('hides another user’s email and mobile, but not their name', () => {
    const created = redactFor(
      at({ type: 'user.created', user: bob, departmentIds: [], numberIds: [] }),
      agent,
    );
    expect(created?.event).toMatchObject({ type: 'user.created', user: { id: 'u_bob', name: 'Bob' } });
    expect(JSON.stringify(created)).not.toContain('bob@acme.test');
    expect(JSON.stringify(created)).not.toContain('+34600999888');
  });

  it('passes another user’s name change, drops a change of email only', () => {
    const renamed = redactFor(
      at({ type: 'user.updated', userId: 'u_bob', changes: { name: 'Robert', email: 'rob@acme.test' } }),
      agent,
    );
    expect(renamed?.event).toEqual({ type: 'user.updated', userId: 'u_bob', changes: { name: 'Robert' } });
    expect(
      redactFor(at({ type: 'user.updated', userId: 'u_bob', changes: { email: 'rob@acme.test' } }), agent),
    ).toBeUndefined();
  });

  it('shows a user their own changes whole, and supervisors everything', () => {
    const own = at({ type: 'user.updated', userId: 'u_ann', changes: { email: 'ann@new.test' } });
    expect(redactFor(own, agent)).toBe(own);
    const other = at({ type: 'user.created', user: bob, departmentIds: [], numberIds: [] });
    expect(redactFor(other, supervisor)).toBe(other);
  });
});
