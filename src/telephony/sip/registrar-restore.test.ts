import { describe, expect, it } from 'vitest';
import type { Command } from '../../engine/commands.ts';
import { DigestAuth } from './digest.ts';
import { SipGuard } from './guard.ts';
import { Registrar } from './registrar.ts';
import type { RegistrationStore, SavedBinding } from './registration-file.ts';

/** A store that holds what a previous run saved and takes every change (this file checks restoring). */
const readOnly = (saved: () => SavedBinding[]): RegistrationStore => ({
  load: async () => saved(),
  loadUser: async () => [],
  change: async () => ({ stale: [] }),
});

const account = (registered: boolean) => ({ username: 'u', ha1: { md5: '', sha256: '' }, registered });

describe('registrations restored after a restart (issue 13 item 7)', () => {
  it('brings back unexpired UDP bindings of existing accounts, tells the engine, and drops the rest', async () => {
    const now = 1_000_000;
    const saved: SavedBinding[] = [
      {
        workspaceId: 'w',
        userId: 'u_ann',
        contact: 'sip:ann@1.2.3.4',
        peer: { transport: 'udp', address: '1.2.3.4', port: 5060 },
        expiresAt: now + 60_000,
      },
      {
        workspaceId: 'w',
        userId: 'u_ann',
        contact: 'sip:ann@old',
        peer: { transport: 'udp', address: '1.2.3.4', port: 5062 },
        expiresAt: now - 1,
      },
      {
        workspaceId: 'w',
        userId: 'u_bob',
        contact: 'sip:bob@tcp',
        peer: { transport: 'tcp', address: '1.2.3.5', port: 40000 },
        expiresAt: now + 60_000,
      },
      {
        workspaceId: 'w',
        userId: 'u_gone',
        contact: 'sip:gone@x',
        peer: { transport: 'udp', address: '1.2.3.6', port: 5060 },
        expiresAt: now + 60_000,
      },
    ];
    const submitted: Command[] = [];
    const state = { sip: { accounts: { u_ann: account(false), u_bob: account(false) } } };
    const registrar = new Registrar(
      {
        workspaceIds: () => ['w'],
        state: () => state as never,
        submit: async (_workspaceId, command) => void submitted.push(command),
        now: () => now,
      },
      new DigestAuth('switchboard'),
      new SipGuard(),
      readOnly(() => saved),
    );
    await registrar.restore();
    expect(registrar.devices('w', 'u_ann').map((binding) => binding.contact)).toEqual(['sip:ann@1.2.3.4']);
    expect(registrar.devices('w', 'u_bob')).toEqual([]);
    expect(registrar.devices('w', 'u_gone')).toEqual([]);
    expect(submitted).toEqual([{ type: 'sip.device_registered', userId: 'u_ann' }]);
  });

  it('issue 18: several nodes: a node restores the phones of the workspaces it owns, and one that takes a workspace over restores that one’s', async () => {
    const now = 1_000_000;
    const phone = (workspaceId: string, userId: string): SavedBinding => ({
      workspaceId,
      userId,
      contact: `sip:${userId}@${workspaceId}`,
      peer: { transport: 'udp', address: '192.0.2.1', port: 5060 },
      expiresAt: now + 60_000,
    });
    const saved = [phone('w1', 'u_ann'), phone('w2', 'u_bob')];
    const owned = new Set(['w1']);
    const submitted: Array<[string, Command]> = [];
    const state = {
      sip: { accounts: { u_ann: account(false), u_bob: account(false), u_cid: account(true) } },
    };
    const registrar = new Registrar(
      {
        workspaceIds: () => ['w1', 'w2'],
        state: () => state as never,
        submit: async (workspaceId, command) => void submitted.push([workspaceId, command]),
        now: () => now,
        owns: (workspaceId) => owned.has(workspaceId),
      },
      new DigestAuth('switchboard'),
      new SipGuard(),
      readOnly(() => saved),
    );
    await registrar.restore();
    await registrar.forgetStaleRegistrations();
    // w2 is another node's: its phones are that node's to ring.
    expect(registrar.devices('w2', 'u_bob')).toEqual([]);
    expect(submitted).toEqual([
      ['w1', { type: 'sip.device_registered', userId: 'u_ann' }],
      ['w1', { type: 'sip.devices_gone', userId: 'u_cid' }],
    ]);

    submitted.length = 0;
    owned.add('w2');
    saved.push(phone('w2', 'u_dan'), phone('w1', 'u_eve'));
    Object.assign(state.sip.accounts, { u_dan: account(false), u_eve: account(false) });
    Object.assign(state.sip.accounts, { u_fay: account(true) });
    await registrar.restore('w2');
    await registrar.forgetStaleRegistrations('w2');
    expect(registrar.devices('w2', 'u_dan')).toHaveLength(1);
    expect(registrar.devices('w1', 'u_eve')).toEqual([]);
    // Taken over: w2's phones are rung from here now, and its users with none restored are gone.
    expect(submitted).toEqual([
      ['w2', { type: 'sip.device_registered', userId: 'u_bob' }],
      ['w2', { type: 'sip.device_registered', userId: 'u_dan' }],
      ['w2', { type: 'sip.devices_gone', userId: 'u_cid' }],
      ['w2', { type: 'sip.devices_gone', userId: 'u_fay' }],
    ]);
  });

  it('issue 18: a phone that keeps refreshing through the node that handed its workspace over is not swept as expired', async () => {
    let now = 1_000_000;
    const phone = (userId: string, expiresAt: number): SavedBinding => ({
      workspaceId: 'w',
      userId,
      contact: `sip:${userId}@192.0.2.1`,
      peer: { transport: 'udp', address: '192.0.2.1', port: 5060 },
      expiresAt,
    });
    let saved = [phone('u_ann', now + 60_000), phone('u_bob', now + 60_000)];
    const submitted: Command[] = [];
    const state = { sip: { accounts: { u_ann: account(true), u_bob: account(true) } } };
    const registrar = new Registrar(
      {
        workspaceIds: () => ['w'],
        state: () => state as never,
        submit: async (_workspaceId, command) => void submitted.push(command),
        now: () => now,
      },
      new DigestAuth('switchboard'),
      new SipGuard(),
      readOnly(() => saved),
    );
    await registrar.restore();
    // Ann's phone re-registered with the other node, which saved a later expiry; Bob's did not.
    saved = [phone('u_ann', now + 120_000), phone('u_bob', now + 60_000)];
    now += 61_000;
    await registrar.sweep();
    expect(registrar.devices('w', 'u_ann').map((binding) => binding.expiresAt)).toEqual([1_120_000]);
    expect(registrar.devices('w', 'u_bob')).toEqual([]);
    expect(submitted).toEqual([{ type: 'sip.devices_gone', userId: 'u_bob' }]);
  });
});
