import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresForThisFile } from '../../test/support/postgres.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { PostgresLeases } from '../store/postgres/leases.ts';
import { CommitListener, commitChannel } from '../store/postgres/notifications.ts';
import { PostgresStore } from '../store/postgres/store.ts';
import { ClusterNode } from './node.ts';

const postgres = postgresForThisFile();

/** Per node, the workspaces whose (fake) state has a live call. */
const onCall = new Map<string, Set<string>>();

/** The runtime as a node drives it: which workspaces it adopted and released, and their calls. */
function fakeRuntime(nodeId: string) {
  const owned = new Set<string>();
  const live = new Set<string>();
  onCall.set(nodeId, live);
  const runtime = {
    adopt: async (workspaceId: string) => void owned.add(workspaceId),
    release: (workspaceId: string) => void owned.delete(workspaceId),
    owns: (workspaceId: string) => owned.has(workspaceId),
    state: (workspaceId: string) =>
      live.has(workspaceId) ? { calls: new Map([['c1', { callId: 'c1' }]]) } : undefined,
    catchUp: async () => {},
    flush: async () => {},
  };
  return { owned, runtime: runtime as unknown as Runtime };
}

describe('cluster node: spreading and taking over workspaces (P2, P3)', () => {
  let store: PostgresStore;
  let url: string;
  const nodes: ClusterNode[] = [];

  beforeAll(async () => {
    url = await postgres().createDatabase();
    store = new PostgresStore({ url, poolSize: 4 });
    await store.migrate();
    // Four workspaces whose owner is gone: their leases have expired.
    for (const id of ['w1', 'w2', 'w3', 'w4'])
      await store.pool.query(
        "INSERT INTO workspace_leases (workspace_id, owner, epoch, expires_at) VALUES ($1, 'dead', 3, now() - interval '1 s')",
        [id],
      );
  });
  afterAll(async () => {
    for (const node of nodes) await node.stop();
    await store?.close();
  });

  /** A node's leases, its process alive (holding its liveness lock). */
  const alive = async (nodeId: string, leaseMs = 1_000) => {
    const leases = new PostgresLeases(store.pool, nodeId, leaseMs);
    await leases.holdLiveness(url);
    return leases;
  };
  const start = async (nodeId: string, leases?: PostgresLeases, renewMs = 200) => {
    const { owned, runtime } = fakeRuntime(nodeId);
    const node = new ClusterNode({
      runtime,
      leases: leases ?? (await alive(nodeId)),
      workspaceIds: async () => [],
      leaseMs: 1_000,
      renewMs,
    });
    nodes.push(node);
    return { node, owned };
  };

  it('live nodes take expired workspaces in fair shares, and one takes all when the other leaves', async () => {
    // Both nodes are alive before either takes anything: each takes its half.
    const n2 = await alive('n2');
    await n2.heartbeat('http://127.0.0.1:2');
    const one = await start('n1');
    await one.node.start();
    expect(one.owned.size).toBe(2);
    const two = await start('n2', n2);
    await two.node.start();
    expect(two.owned.size).toBe(2);
    expect([...one.owned, ...two.owned].sort()).toEqual(['w1', 'w2', 'w3', 'w4']);
    for (const id of one.owned) expect(one.node.epochOf(id)).toBe(4);
    expect((await two.node.ownerOf([...one.owned][0]!))?.nodeId).toBe('n1');

    // n1 leaves cleanly: it hands its leases back, and n2 takes them on its next rounds.
    await one.node.stop();
    const left = Date.now();
    const until = Date.now() + 5_000;
    while (two.owned.size < 4 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect([...two.owned].sort()).toEqual(['w1', 'w2', 'w3', 'w4']);
    expect(Date.now() - left).toBeLessThan(5_000);
  });

  it('a node whose process died (its liveness lock gone) loses its workspaces before its leases expire', async () => {
    const three = await alive('n3');
    await three.heartbeat(undefined);
    await store.pool.query(
      "INSERT INTO workspace_leases (workspace_id, owner, epoch, expires_at) VALUES ('w5', 'n3', 1, now() + interval '1 hour')",
    );
    const survivor = nodes.find((node) => node.nodeId === 'n2')!;
    const before = survivor.ownedCount();
    await three.close();
    const until = Date.now() + 5_000;
    while (survivor.ownedCount() === before && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(survivor.epochOf('w5')).toBe(2);
  });

  it('issue 18: a node that joins is handed its share of a busy node’s workspaces, with new epochs; leaving, it hands them all back at once', async () => {
    const busy = nodes.find((node) => node.nodeId === 'n2')!;
    expect(busy.ownedCount()).toBe(5);
    const epochs = new Map(['w1', 'w2', 'w3', 'w4', 'w5'].map((id) => [id, busy.epochOf(id)!]));
    // Only nodes that say where they are reached are handed workspaces.
    busy.advertise('http://127.0.0.1:2');
    const joiner = await start('n6');
    joiner.node.advertise('http://127.0.0.1:6');
    await joiner.node.start();
    const until = Date.now() + 5_000;
    while (joiner.owned.size < 2 && Date.now() < until)
      await new Promise((resolve) => setTimeout(resolve, 20));
    // Five workspaces over two nodes: the busy one keeps three, the newcomer gets two.
    expect(joiner.owned.size).toBe(2);
    expect(busy.ownedCount()).toBe(3);
    for (const id of joiner.owned) {
      expect(busy.epochOf(id)).toBeUndefined();
      expect(joiner.node.epochOf(id)).toBe(epochs.get(id)! + 1);
      expect((await busy.ownerOf(id))?.nodeId).toBe('n6');
    }
    // Nothing more moves: three and two are as even as five goes.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(joiner.owned.size).toBe(2);

    const handed = [...joiner.owned];
    const released: Array<[string, string | undefined]> = [];
    joiner.node.onRelease((workspaceId, to) => released.push([workspaceId, to]));
    await joiner.node.drain();
    expect(joiner.node.ownedCount()).toBe(0);
    // Told whom each went to: its phones go with it (the registrar's release).
    expect(released.sort()).toEqual(handed.sort().map((id) => [id, 'n2']));
    // The receiver is rung: it adopts them without waiting for its next round.
    const rung = Date.now() + 1_000;
    while (busy.ownedCount() < 5 && Date.now() < rung)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(busy.ownedCount()).toBe(5);
    for (const id of handed) expect(busy.epochOf(id)).toBe(epochs.get(id)! + 2);
  });

  it('issue 18: no workspace is handed to a draining node, and one handed to it just as it began to drain is passed on at once', async () => {
    const busy = nodes.find((node) => node.nodeId === 'n2')!;
    // Its rounds are a minute apart and its leases last an hour: only being rung makes it act.
    const leaving = await start('n7', await alive('n7', 3_600_000), 60_000);
    const listener = new CommitListener(url, (notice) => leaving.node.onNotice(notice));
    await listener.start();
    try {
      await leaving.node.start();
      await leaving.node.drain();
      const workspaceId = [...['w1', 'w2', 'w3', 'w4', 'w5']].find((id) => busy.epochOf(id) !== undefined)!;
      const epoch = busy.epochOf(workspaceId)!;
      // The giver asks too late: the receiver is draining, so the lease stays where it was.
      const giver = new PostgresLeases(store.pool, 'n2', 1_000);
      expect(await giver.handOver(workspaceId, epoch, 'n7')).toBeUndefined();
      expect(busy.epochOf(workspaceId)).toBe(epoch);

      // A handover committed just before the receiver said it drains (as giver.handOver does it,
      // with a lease that outlasts the test: it cannot come back by expiring).
      const handedAt = Date.now();
      await store.pool.query(
        `WITH moved AS (UPDATE workspace_leases SET owner = 'n7', epoch = epoch + 1, expires_at = now() + interval '1 hour'
           WHERE workspace_id = $1 RETURNING epoch)
         SELECT pg_notify($2, $3) FROM moved`,
        [workspaceId, commitChannel, JSON.stringify({ nodeId: 'n2', heads: {}, handedTo: 'n7' })],
      );
      const until = Date.now() + 5_000;
      while (busy.epochOf(workspaceId) !== epoch + 2 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 10));
      // Passed back to the only other node with a new epoch, never adopted by the draining one.
      expect(busy.epochOf(workspaceId)).toBe(epoch + 2);
      expect(leaving.owned.size).toBe(0);
      // At once: the draining node's next round is a minute away, and the lease an hour.
      expect(Date.now() - handedAt).toBeLessThan(2_000);
    } finally {
      await listener.close();
    }
  });

  it('issue 18: a busy node hands a newcomer only workspaces with no live call', async () => {
    const busy = nodes.find((node) => node.nodeId === 'n2')!;
    const held = ['w1', 'w2', 'w3', 'w4', 'w5'].filter((id) => busy.epochOf(id) !== undefined);
    expect(held).toHaveLength(5);
    // Four of its five workspaces have a call going on: moving one would cut the call.
    const [quiet, ...busyWithCalls] = held;
    for (const id of busyWithCalls) onCall.get('n2')!.add(id);
    const joiner = await start('n8');
    joiner.node.advertise('http://127.0.0.1:8');
    try {
      await joiner.node.start();
      const until = Date.now() + 5_000;
      while (joiner.owned.size < 1 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 20));
      // A share would be two; only the quiet one may move, and nothing else does later.
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect([...joiner.owned]).toEqual([quiet]);
      expect(busy.ownedCount()).toBe(4);
    } finally {
      onCall.get('n2')!.clear();
      await joiner.node.drain();
    }
  });
});
