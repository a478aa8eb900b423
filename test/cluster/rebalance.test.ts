import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commitChannel } from '../../src/store/postgres/notifications.ts';
import { call, machineBound, type Node, nodeIdOf, startNode, waitFor } from '../support/cluster.ts';
import { postgresForThisFile } from '../support/postgres.ts';

const postgres = postgresForThisFile();
// Set for a quiet machine, scaled to this one: real nodes start slowly on a loaded one.
vi.setConfig({ testTimeout: machineBound(150_000), hookTimeout: machineBound(120_000) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const workspaces = ['w0', 'w1', 'w2', 'w3'];

describe('issue 18: workspaces spread when a node joins, and move at once when one is stopped (real processes)', () => {
  let db: pg.Client;
  let url: string;
  let a: Node;
  let b: Node | undefined;
  let admin: string;

  const leases = async () =>
    new Map(
      (await db.query('SELECT workspace_id, owner, epoch FROM workspace_leases')).rows.map((row) => [
        row.workspace_id as string,
        { owner: row.owner as string | null, epoch: Number(row.epoch) },
      ]),
    );
  const owned = async (node: Node) =>
    [...(await leases())].filter(([, lease]) => lease.owner === nodeIdOf(node)).map(([id]) => id);

  beforeAll(async () => {
    url = await postgres().createDatabase();
    db = new pg.Client({ connectionString: url });
    await db.connect();
    a = await startNode(url);
    admin = a.adminToken!;
    for (const id of workspaces)
      expect(
        (await call(a.url, 'POST', '/v1/workspaces', admin, { id, name: id, plan: 'business' })).status,
      ).toBe(201);
  });

  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await db?.end();
  });

  it('B joins under load and is handed half; SIGTERM hands them back to A at once; every acknowledged command exactly once, no gaps', async () => {
    expect((await owned(a)).sort()).toEqual(workspaces);
    const before = await leases();

    // Bounded load through whichever nodes are up; a contact id is the command's idempotency
    // key, so a retry of a command that had committed is refused as existing (409).
    const acknowledged = new Set<string>();
    const refusals = new Map<number, number>();
    let running = true;
    let next = 0;
    const send = async (index: number) => {
      const id = `ct_${index}`;
      const workspace = workspaces[index % workspaces.length]!;
      for (let attempt = 0; attempt < 300; attempt++) {
        const nodes = [a, ...(b && b.process.exitCode === null ? [b] : [])];
        const node = nodes[(index + attempt) % nodes.length]!;
        const answer = await call(node.url, 'POST', `/v1/workspaces/${workspace}/contacts`, admin, {
          id,
          name: `Contact ${index}`,
        });
        if (answer.status === 201 || answer.status === 409)
          return void acknowledged.add(`${workspace}/${id}`);
        expect([0, 503], JSON.stringify(answer.body)).toContain(answer.status);
        refusals.set(answer.status, (refusals.get(answer.status) ?? 0) + 1);
        await sleep(100);
      }
    };
    // Paced: the point is commands in flight while workspaces move, not throughput (B starts
    // on a machine this load shares).
    const worker = async () => {
      while (running) {
        await send(next++);
        await sleep(50);
      }
    };
    const load = Promise.all([worker(), worker(), worker()]);

    await sleep(500);
    b = await startNode(url);
    const joined = Date.now();
    const spread = await waitFor(
      'the workspaces to spread',
      async () =>
        (await owned(b!)).length === 2 && (await owned(a)).length === 2 ? Date.now() - joined : undefined,
      machineBound(15_000),
    );
    const handedToB = await owned(b);
    const afterJoin = await leases();
    for (const id of handedToB) expect(afterJoin.get(id)!.epoch).toBe(before.get(id)!.epoch + 1);
    await sleep(1_500);
    // Two and two is even: nothing moves back and forth.
    expect((await owned(b)).sort()).toEqual(handedToB.sort());

    // Each handover rings its receiver (a NOTIFY naming it); a lease left to expire does not.
    const handovers: string[] = [];
    await db.query(`LISTEN ${commitChannel}`);
    db.on('notification', (message) => {
      const notice = JSON.parse(message.payload ?? '{}');
      if (notice.nodeId === nodeIdOf(b!) && notice.handedTo) handovers.push(notice.handedTo);
    });
    const stopping = Date.now();
    const stopped = b.stop();
    const back = await waitFor('A to own them all again', async () =>
      (await owned(a)).length === workspaces.length ? Date.now() - stopping : undefined,
    );
    await stopped;
    expect(b.process.exitCode).toBe(0);
    await sleep(500);
    running = false;
    await load;

    const final = await leases();
    for (const id of handedToB) expect(final.get(id)!.epoch).toBe(before.get(id)!.epoch + 2);
    // A handover is not a death: B handed each of its workspaces to A rather than let its
    // leases expire, so none waited a lease (6 s, on a quiet machine) for its new owner.
    expect(handovers).toEqual(handedToB.map(() => nodeIdOf(a)));
    expect(back).toBeLessThan(machineBound(6_000));
    for (const workspace of workspaces) {
      const { rows } = await db.query(
        'SELECT seq, type, data FROM events WHERE workspace_id = $1 ORDER BY seq',
        [workspace],
      );
      expect(rows.map((row) => Number(row.seq))).toEqual(rows.map((_, index) => index + 1));
      const contacts = rows
        .filter((row) => row.type === 'contact.created')
        .map((row) => JSON.parse(row.data).contact.id as string);
      expect(new Set(contacts).size).toBe(contacts.length);
      const mine = [...acknowledged]
        .filter((key) => key.startsWith(`${workspace}/`))
        .map((key) => key.slice(3));
      expect(contacts.sort()).toEqual(mine.sort());
    }
    console.log(
      `spread ${spread} ms after B started; back on A ${back} ms after SIGTERM; ${acknowledged.size} commands acknowledged; refusals (status, count) ${JSON.stringify([...refusals])}`,
    );
  });

  it('a node joining is handed only workspaces with no call going on: the calls carry on where they are', async () => {
    expect((await owned(a)).sort()).toEqual(workspaces);
    // A caller ringing Ann in w0 and another in w1 (each rings for a minute before giving up).
    const ringing = new Map<string, string>();
    for (const ws of ['w0', 'w1']) {
      const as = (method: string, path: string, body?: unknown) =>
        call(a.url, method, `/v1/workspaces/${ws}${path}`, admin, body);
      const steps = [
        await as('POST', '/users', { id: 'u1', name: 'Ann', email: `ann@${ws}.test`, role: 'agent' }),
        await as('PUT', '/users/u1/presence', { presence: 'online' }),
        await as('POST', '/numbers', { id: 'n1', e164: '+34911234567', kind: 'rented' }),
        await as('PATCH', '/numbers/n1/settings', { ringTimeoutSec: 60 }),
      ];
      for (const step of steps) expect(step.status, JSON.stringify(step.body)).toBeLessThan(300);
      const placed = await as('POST', '/sim/calls', { from: '+34600111222', to: '+34911234567' });
      expect(placed.status, JSON.stringify(placed.body)).toBe(201);
      ringing.set(ws, placed.body.callId);
    }
    const before = await leases();

    b = await startNode(url);
    // Its share is two: only the two quiet workspaces may move, and nothing else does later.
    await waitFor(
      'the quiet workspaces to move',
      async () => ((await owned(b!)).length === 2 ? true : undefined),
      machineBound(15_000),
    );
    await sleep(1_500);
    expect((await owned(b)).sort()).toEqual(['w2', 'w3']);
    expect((await owned(a)).sort()).toEqual(['w0', 'w1']);
    for (const ws of ['w0', 'w1']) expect((await leases()).get(ws)!.epoch).toBe(before.get(ws)!.epoch);
    for (const [ws, callId] of ringing) {
      const live = await call(b.url, 'GET', `/v1/workspaces/${ws}/calls/${callId}`, admin);
      expect(live.status, JSON.stringify(live.body)).toBe(200);
      expect(live.body.status, JSON.stringify(live.body)).toBe('ringing');
      expect(
        (await call(b.url, 'POST', `/v1/workspaces/${ws}/sim/calls/${callId}/hangup`, admin)).status,
      ).toBe(200);
    }
    await b.stop();
    await waitFor('A to own them all again', async () =>
      (await owned(a)).length === workspaces.length ? true : undefined,
    );
  });
});
