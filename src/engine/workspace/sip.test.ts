import { describe, expect, it } from 'vitest';
import type { Command } from '../commands.ts';
import { createdWorkspace, Scenario, types } from '../testing.ts';

const md5 = 'a'.repeat(32);
const sha256 = 'b'.repeat(64);
const users: Command[] = [
  { type: 'user.create', userId: 'u_ann', name: 'Ann', email: 'ann@acme.test', role: 'agent' },
  { type: 'user.create', userId: 'u_bob', name: 'Bob', email: 'bob@acme.test', role: 'agent' },
  { type: 'number.add', numberId: 'n1', e164: '+34911234567', kind: 'sip' },
  { type: 'presence.set', userId: 'u_ann', presence: 'online' } as Command,
  { type: 'presence.set', userId: 'u_bob', presence: 'online' } as Command,
];

describe('SIP trunk and accounts (S2, S5, W7)', () => {
  it('a trunk keeps its allowed sources and outbound target; a bad source is refused by its field', () => {
    const s = new Scenario().after(createdWorkspace);
    s.when({
      type: 'sip.configure_trunk',
      trunk: {
        allowedSources: ['127.0.0.1', '192.0.2.0/24'],
        outbound: { host: 'Carrier.example', port: 5060, transport: 'udp' },
      },
    });
    expect(s.state.sip?.trunk).toEqual({
      allowedSources: ['127.0.0.1', '192.0.2.0/24'],
      outbound: { host: 'carrier.example', port: 5060, transport: 'udp' },
    });
    s.refuses(
      { type: 'sip.configure_trunk', trunk: { allowedSources: ['10.0.0.300'] } },
      'validation',
      'trunk.allowedSources[0]',
    );
  });

  it('S2: a SIP user with no registered device is skipped with that reason; registering makes them ringable', () => {
    const s = new Scenario().after(createdWorkspace, ...users, {
      type: 'sip.set_account',
      userId: 'u_ann',
      username: 'ann',
      ha1: { md5, sha256 },
    });
    const events = s.when({ type: 'call.inbound', callId: 'c1', from: '+34600111222', to: '+34911234567' });
    const routed = events.find((event) => event.type === 'call.routed');
    expect(routed).toMatchObject({
      candidates: expect.arrayContaining([
        { userId: 'u_ann', offered: false, reason: 'no registered device' },
      ]),
    });
    s.when({ type: 'call.hangup_leg', callId: 'c1', legId: 'c1.1' } as Command);
    expect(types(s.when({ type: 'sip.device_registered', userId: 'u_ann' }))).toEqual([
      'sip.device_registered',
    ]);
    // Only transitions are events: a second device registering changes nothing.
    expect(s.when({ type: 'sip.device_registered', userId: 'u_ann' })).toEqual([]);
    const again = s.when({ type: 'call.inbound', callId: 'c2', from: '+34600111222', to: '+34911234567' });
    expect(again.find((event) => event.type === 'call.routed')).toMatchObject({
      candidates: expect.arrayContaining([{ userId: 'u_ann', offered: true, reason: 'available' }]),
    });
  });

  it('usernames are unique in a workspace and hashes must be hex digests', () => {
    const s = new Scenario().after(createdWorkspace, ...users, {
      type: 'sip.set_account',
      userId: 'u_ann',
      username: 'ann',
      ha1: { md5, sha256 },
    });
    s.refuses(
      { type: 'sip.set_account', userId: 'u_bob', username: 'ann', ha1: { md5, sha256 } },
      'conflict',
      'username',
    );
    s.refuses(
      { type: 'sip.set_account', userId: 'u_bob', username: 'bob', ha1: { md5: 'x', sha256 } },
      'validation',
      'password',
    );
    s.when({ type: 'user.remove', userId: 'u_ann' });
    expect(s.state.sip?.accounts.u_ann).toBeUndefined();
  });
});
