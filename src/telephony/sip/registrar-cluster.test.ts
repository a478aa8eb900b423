import { describe, expect, it } from 'vitest';
import type { Command } from '../../engine/commands.ts';
import { DigestAuth } from './digest.ts';
import { SipGuard } from './guard.ts';
import type { PhoneChange } from './phone-change.ts';
import { Registrar } from './registrar.ts';
import type { SavedBinding } from './registration-file.ts';

const account = (registered: boolean) => ({ username: 'u', ha1: { md5: '', sha256: '' }, registered });
const now = 1_000_000;
const phone = (userId: string, expiresAt = now + 60_000, port = 5060): SavedBinding => ({
  workspaceId: 'w',
  userId,
  contact: `sip:${userId}@192.0.2.1:${port}`,
  peer: { transport: 'udp', address: '192.0.2.1', port },
  expiresAt,
});
const { workspaceId: _w, userId: _u, ...bindingOf } = phone('u_ann');

/** A node's registrar on a cluster: which workspaces it owns, what it saved, relayed and told its engine. */
function node(owned: Set<string>, saved: SavedBinding[] = []) {
  const submitted: Command[] = [];
  const relayed: Array<{ change: PhoneChange; to?: string }> = [];
  const store = { rows: saved };
  const state = { sip: { accounts: { u_ann: account(false), u_bob: account(false) } } };
  const registrar = new Registrar(
    {
      workspaceIds: () => ['w'],
      state: () => state as never,
      submit: async (_workspaceId, command) => void submitted.push(command),
      now: () => now,
      owns: (workspaceId) => owned.has(workspaceId),
      relay: (change, to) => void relayed.push({ change, ...(to ? { to } : {}) }),
    },
    new DigestAuth('switchboard'),
    new SipGuard(),
    {
      load: async () => store.rows,
      save: async (bindings) => {
        store.rows = bindings;
      },
    },
  );
  return { registrar, submitted, relayed, store };
}

describe('issue 18: phones across nodes', () => {
  it('the owner rings a phone another node relayed, with the later expiry of each copy, and hears when it un-registers', async () => {
    const owner = node(new Set(['w']));
    const change = (bindings: SavedBinding[], removed: string[] = []) => ({
      workspaceId: 'w',
      userId: 'u_ann',
      bindings: bindings.map(({ workspaceId: _, userId: __, ...binding }) => binding),
      removed,
    });
    await owner.registrar.receive(change([phone('u_ann')]));
    expect(owner.registrar.devices('w', 'u_ann')).toEqual([bindingOf]);
    expect(owner.submitted).toEqual([{ type: 'sip.device_registered', userId: 'u_ann' }]);
    // Saved under the owner too, so a later owner restores it even if the relaying node forgets it.
    expect(owner.store.rows).toEqual([phone('u_ann')]);

    // An older copy never shortens a phone's registration; a refresh lengthens it.
    await owner.registrar.receive(change([phone('u_ann', now + 10_000)]));
    expect(owner.registrar.devices('w', 'u_ann')[0]?.expiresAt).toBe(now + 60_000);
    await owner.registrar.receive(change([phone('u_ann', now + 90_000)]));
    expect(owner.registrar.devices('w', 'u_ann')[0]?.expiresAt).toBe(now + 90_000);
    expect(owner.submitted).toHaveLength(1);

    await owner.registrar.receive(change([], [bindingOf.contact]));
    expect(owner.registrar.devices('w', 'u_ann')).toEqual([]);
    expect(owner.submitted.at(-1)).toEqual({ type: 'sip.devices_gone', userId: 'u_ann' });
  });

  it('a relayed change that is malformed, or names an unknown user, changes nothing', async () => {
    const owner = node(new Set(['w']));
    for (const message of [
      null,
      'text',
      {
        workspaceId: 'w',
        userId: 'u_ann',
        bindings: [{ ...bindingOf, peer: { transport: 'sctp' } }],
        removed: [],
      },
      { workspaceId: 'w', userId: 'u_ann', bindings: [{ ...bindingOf, expiresAt: 'soon' }], removed: [] },
      { workspaceId: 'w', userId: 'u_ann', bindings: [bindingOf], removed: [42] },
      { workspaceId: 'w', userId: 'u_nobody', bindings: [bindingOf], removed: [] },
      { workspaceId: 'w', userId: 'toString', bindings: [bindingOf], removed: [] },
    ])
      await owner.registrar.receive(message);
    expect(owner.registrar.devices('w', 'u_ann')).toEqual([]);
    expect(owner.registrar.devices('w', 'u_nobody')).toEqual([]);
    expect(owner.submitted).toEqual([]);
    expect(owner.store.rows).toEqual([]);
  });

  it('a node that lets a workspace go hands its phones to the new owner and keeps no copy, listed or saved', async () => {
    const owned = new Set(['w']);
    const old = node(owned, [phone('u_ann'), phone('u_bob', now + 30_000, 5070)]);
    await old.registrar.restore();
    expect(old.registrar.devices('w', 'u_bob')).toHaveLength(1);
    owned.delete('w');
    old.registrar.release('w', 'node_b');
    expect(old.registrar.devices('w', 'u_ann')).toEqual([]);
    expect(old.registrar.devices('w', 'u_bob')).toEqual([]);
    await old.registrar.settled();
    expect(old.store.rows).toEqual([]);
    expect(old.relayed.map(({ change, to }) => [to, change.userId, change.bindings.length])).toEqual([
      ['node_b', 'u_ann', 1],
      ['node_b', 'u_bob', 1],
    ]);

    // The receiver keeps them before it has adopted the workspace, and tells its engine on adopting.
    const receiving = new Set<string>();
    const next = node(receiving);
    for (const { change } of old.relayed) await next.registrar.receive(change);
    expect(next.submitted).toEqual([]);
    receiving.add('w');
    await next.registrar.restore('w');
    expect(next.registrar.devices('w', 'u_bob')).toHaveLength(1);
    expect(next.submitted).toEqual([
      { type: 'sip.device_registered', userId: 'u_ann' },
      { type: 'sip.device_registered', userId: 'u_bob' },
    ]);

    // Its lease taken from it (no receiver named): forgotten without relaying.
    receiving.delete('w');
    next.registrar.release('w');
    expect(next.registrar.devices('w', 'u_ann')).toEqual([]);
    expect(next.relayed).toEqual([]);
  });
});
