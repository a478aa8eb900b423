import { describe, expect, it } from 'vitest';
import type { Command } from '../../engine/commands.ts';
import { DigestAuth } from './digest.ts';
import { SipGuard } from './guard.ts';
import type { PhoneChange } from './phone-change.ts';
import { Registrar } from './registrar.ts';
import type { RegistrationStore, SavedBinding } from './registration-file.ts';
import type { ServerTransaction } from './transactions.ts';

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
  const table = sharedTable();
  for (const binding of saved) table.rows.push({ nodeId: 'node', ...binding });
  const store = {
    get rows() {
      return table.rows.map(({ nodeId: _, ...binding }) => binding);
    },
  };
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
    table.storeOf('node'),
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

/**
 * One sip_registrations table as PostgresRegistrations keeps it: a row per phone, with the
 * node that saved it last (the order of REGISTERs racing through two nodes is checked against
 * the real one, src/store/postgres/registrations-race.test.ts).
 */
function sharedTable() {
  const rows: Array<SavedBinding & { nodeId: string }> = [];
  const live = () => rows.filter((row) => row.expiresAt > now);
  const strip = ({ nodeId: _, ...binding }: SavedBinding & { nodeId: string }): SavedBinding => binding;
  const storeOf = (nodeId: string): RegistrationStore => ({
    load: async () => live().map(strip),
    loadUser: async (workspaceId, userId) =>
      live()
        .filter((row) => row.workspaceId === workspaceId && row.userId === userId)
        .map(strip),
    change: async ({ workspaceId, userId, saved, removed, releasedHere }) => {
      const drop = (test: (row: SavedBinding & { nodeId: string }) => boolean) => {
        for (let index = rows.length - 1; index >= 0; index--) if (test(rows[index]!)) rows.splice(index, 1);
      };
      const user = (row: SavedBinding) => row.workspaceId === workspaceId && row.userId === userId;
      if (releasedHere) drop((row) => row.nodeId === nodeId && user(row));
      drop((row) => user(row) && (removed.includes('*') || removed.includes(row.contact)));
      for (const binding of saved) {
        drop((row) => user(row) && row.contact === binding.contact);
        rows.push({ nodeId, workspaceId, userId, ...binding });
      }
      return { stale: [] };
    },
  });
  return { rows, storeOf };
}

/** A registrar of a node on the shared table, its phones' credentials taken as right. */
function clusterNode(
  table: ReturnType<typeof sharedTable>,
  nodeId: string,
  owned: Set<string>,
  store = table.storeOf(nodeId),
) {
  const submitted: Command[] = [];
  const relayed: PhoneChange[] = [];
  const state = {
    sip: {
      accounts: {
        u_ann: { ...account(false), username: 'ann' },
        u_bob: { ...account(false), username: 'bob' },
      },
    },
  };
  const auth = { challenges: () => [], verify: () => 'ok' } as unknown as DigestAuth;
  const registrar = new Registrar(
    {
      workspaceIds: () => ['w'],
      state: () => state as never,
      submit: async (_workspaceId, command) => void submitted.push(command),
      now: () => now,
      owns: (workspaceId) => owned.has(workspaceId),
      relay: (change) => void relayed.push(change),
    },
    auth,
    new SipGuard(),
    store,
  );
  return { registrar, submitted, relayed, state };
}

/** A REGISTER from a phone of `user` (ann's by default) at `port`; the 200 OK's Contact headers (or the status) come back. */
async function register(registrar: Registrar, port: number, expires: number | '*', user = 'ann') {
  const contact = expires === '*' ? '*' : `<sip:${user}@192.0.2.1:${port}>;expires=${expires}`;
  const headers = new Map<string, string>([
    ['Authorization', `Digest username="${user}", realm="switchboard", nonce="n", uri="sip:x", response="r"`],
    ['To', `<sip:${user}@switchboard>`],
    ['Contact', contact],
    ...(expires === '*' ? [['Expires', '0'] as [string, string]] : []),
  ]);
  let answer: { status: number; contacts: string[] } | undefined;
  const transaction = {
    request: {
      headers: { get: (name: string) => headers.get(name), values: (name: string) => [headers.get(name)!] },
    },
    from: { transport: 'udp', address: '192.0.2.1', port },
    reply: (status: number, options?: { headers?: Array<[string, string]> }) => {
      answer = {
        status,
        contacts: (options?.headers ?? []).filter(([name]) => name === 'Contact').map(([, value]) => value),
      };
    },
  } as unknown as ServerTransaction;
  await registrar.register(transaction);
  return answer!;
}

describe('issue 18 leftovers: registrations on a shared store', () => {
  it('item 1: the 200 OK at any node lists every current binding of the address-of-record, each with its expiry (RFC 3261 §10.3 step 8)', async () => {
    const table = sharedTable();
    const owned = new Set(['w']);
    const owner = clusterNode(table, 'node_a', owned);
    const other = clusterNode(table, 'node_b', new Set());
    expect(await register(owner.registrar, 5060, 600)).toEqual({
      status: 200,
      contacts: ['<sip:ann@192.0.2.1:5060>;expires=600'],
    });
    // Node B never heard of the phone registered at A, yet its answer lists both.
    const answer = await register(other.registrar, 5070, 300);
    expect(answer.status).toBe(200);
    expect(answer.contacts.sort()).toEqual([
      '<sip:ann@192.0.2.1:5060>;expires=600',
      '<sip:ann@192.0.2.1:5070>;expires=300',
    ]);
    expect(other.relayed.at(-1)?.bindings.map((binding) => binding.contact)).toEqual([
      'sip:ann@192.0.2.1:5070',
    ]);
    // And A's answer to a refresh lists the phone registered at B.
    const refreshed = await register(owner.registrar, 5060, 900);
    expect(refreshed.contacts.sort()).toEqual([
      '<sip:ann@192.0.2.1:5060>;expires=900',
      '<sip:ann@192.0.2.1:5070>;expires=300',
    ]);
    // An un-registration at B: the answer no longer lists that phone.
    expect((await register(other.registrar, 5060, 0)).contacts).toEqual([
      '<sip:ann@192.0.2.1:5070>;expires=300',
    ]);
  });

  it('item 2: a phone un-registered at the owner is deleted from the shared store whichever node saved it, and a later takeover does not ring it', async () => {
    const table = sharedTable();
    const ownedByA = new Set(['w']);
    const ownedByB = new Set<string>();
    const a = clusterNode(table, 'node_a', ownedByA);
    const b = clusterNode(table, 'node_b', ownedByB);
    // Registered through B (which keeps a copy and saves it), relayed to A.
    await register(b.registrar, 5060, 600);
    for (const change of b.relayed) await a.registrar.receive(change);
    expect(a.registrar.devices('w', 'u_ann')).toHaveLength(1);
    expect(table.rows.map((row) => row.nodeId)).toEqual(['node_a']);

    // It un-registers directly with A: no row is left, B's included.
    expect((await register(a.registrar, 5060, 0)).contacts).toEqual([]);
    await a.registrar.settled();
    expect(table.rows).toEqual([]);
    expect(a.submitted.at(-1)).toEqual({ type: 'sip.devices_gone', userId: 'u_ann' });

    // Another phone of another user registering at B does not write B's stale copy back.
    await register(b.registrar, 5080, 600, 'bob');
    await b.registrar.settled();
    expect(table.rows.map((row) => [row.nodeId, row.userId])).toEqual([['node_b', 'u_bob']]);

    // B takes the workspace over: it loads the shared store only, and rings nothing.
    ownedByA.delete('w');
    ownedByB.add('w');
    await b.registrar.restore('w');
    await b.registrar.forgetStaleRegistrations('w');
    expect(b.registrar.devices('w', 'u_ann')).toEqual([]);
    expect(b.submitted).toEqual([{ type: 'sip.device_registered', userId: 'u_bob' }]);
  });

  it('item 3: a phone saved while no node owns the workspace is rung by the node that adopts it next', async () => {
    const table = sharedTable();
    const nobody = clusterNode(table, 'node_c', new Set());
    await register(nobody.registrar, 5060, 600);
    const adopted = new Set(['w']);
    const next = clusterNode(table, 'node_d', adopted);
    await next.registrar.restore('w');
    expect(next.registrar.devices('w', 'u_ann').map((binding) => binding.contact)).toEqual([
      'sip:ann@192.0.2.1:5060',
    ]);
    expect(next.submitted).toEqual([{ type: 'sip.device_registered', userId: 'u_ann' }]);

    // Saved after the new owner read the table: the NOTIFY, sent after the row, reaches it as owner.
    await register(nobody.registrar, 5070, 600, 'bob');
    expect(next.registrar.devices('w', 'u_bob')).toEqual([]);
    for (const change of nobody.relayed.slice(1)) await next.registrar.receive(change);
    expect(next.registrar.devices('w', 'u_bob')).toHaveLength(1);
    expect(next.submitted.at(-1)).toEqual({ type: 'sip.device_registered', userId: 'u_bob' });
  });

  it('item 3: phones handed over before the receiver adopts are still rung when their rows are written late', async () => {
    const table = sharedTable();
    const receiving = new Set<string>();
    // Writes land a tick late, as a pool's would.
    const store = table.storeOf('node_b');
    const slow: RegistrationStore = {
      ...store,
      change: (change) => new Promise((resolve) => setTimeout(resolve, 20)).then(() => store.change(change)),
    };
    const next = clusterNode(table, 'node_b', receiving, slow);
    const { registrar } = next;
    await registrar.receive({ workspaceId: 'w', userId: 'u_ann', bindings: [bindingOf], removed: [] });
    receiving.add('w');
    await registrar.restore('w');
    expect(registrar.devices('w', 'u_ann')).toEqual([bindingOf]);
    expect(next.submitted).toEqual([{ type: 'sip.device_registered', userId: 'u_ann' }]);
  });
});
