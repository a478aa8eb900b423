import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { streamMessagesOf } from '../../src/api/messages.ts';
import { call, type Node, nodeIdOf, startNode, waitFor } from '../support/cluster.ts';
import { postgresForThisFile } from '../support/postgres.ts';

const postgres = postgresForThisFile();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('P2–P4: nodes on one PostgreSQL, an owner killed or frozen (real processes)', () => {
  let db: pg.Client;
  let a: Node;
  let b: Node;
  let c: Node | undefined;
  let admin: string;
  let channelKey: string;
  const ws = 'acme';

  const owner = async () =>
    (await db.query('SELECT owner FROM workspace_leases WHERE workspace_id = $1', [ws])).rows[0]?.owner as
      | string
      | undefined;
  const events = async () =>
    (
      await db.query('SELECT seq, at, type, data FROM events WHERE workspace_id = $1 ORDER BY seq', [ws])
    ).rows.map((row) => ({ ...row, seq: Number(row.seq), at: Number(row.at), data: JSON.parse(row.data) }));
  const created = (rows: Awaited<ReturnType<typeof events>>, id: string) =>
    rows.filter((row) => row.type === 'contact.created' && row.data.contact.id === id).length;

  beforeAll(async () => {
    const url = await postgres().createDatabase();
    db = new pg.Client({ connectionString: url });
    await db.connect();
    // One after the other: the first creates (and prints) the server admin key.
    a = await startNode(url);
    b = await startNode(url);
    admin = a.adminToken!;
    const as = (path: string, body: unknown) => call(a.url, 'POST', `/v1/workspaces${path}`, admin, body);
    expect((await as('', { id: ws, name: 'Acme', plan: 'business' })).status).toBe(201);
    expect((await as(`/${ws}/departments`, { id: 'support', name: 'Support' })).status).toBe(201);
    const definition = {
      trigger: { kind: 'conversation_opened' },
      start: 'wait',
      steps: [
        { id: 'wait', kind: 'wait', seconds: 3, next: 'note' },
        { id: 'note', kind: 'add_comment', text: 'Followed up after the wait', next: 'done' },
        { id: 'done', kind: 'end' },
      ],
    };
    expect((await as(`/${ws}/workflows`, { id: 'wf', name: 'Follow-up', definition })).status).toBe(201);
    expect((await as(`/${ws}/workflows/wf/publish`, undefined)).status).toBe(200);
    // An agent who will be rung, and the number callers dial (rings for 60 s before giving up).
    expect(
      (await as(`/${ws}/users`, { id: 'u1', name: 'Ann', email: 'ann@acme.test', role: 'agent' })).status,
    ).toBe(201);
    const presence = await call(a.url, 'PUT', `/v1/workspaces/${ws}/users/u1/presence`, admin, {
      presence: 'online',
    });
    expect(presence.status).toBe(200);
    const number = await as(`/${ws}/numbers`, { id: 'n1', e164: '+34911234567', kind: 'rented' });
    expect(number.status, JSON.stringify(number.body)).toBe(201);
    const settings = await call(a.url, 'PATCH', `/v1/workspaces/${ws}/numbers/n1/settings`, admin, {
      ringTimeoutSec: 60,
    });
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    const key = await as(`/${ws}/api-keys`, { name: 'channel' });
    channelKey = key.body.token;
    // B follows the workspace as a replica once A's commits reach it.
    await waitFor('the replica on B', async () =>
      (await call(b.url, 'GET', `/v1/workspaces/${ws}`, admin)).status === 200 ? true : undefined,
    );
  }, 120_000);

  afterAll(async () => {
    for (const node of [a, b, c]) {
      node?.process.kill('SIGCONT');
      await node?.stop();
    }
    await db?.end();
  });

  it('P3: kill -9 of the owner: takeover within 10 s, every acknowledged command exactly once, no gaps, due timers fired, its live call ended with the reason, the survivor’s stream saw it all and a reconnect with ?after= gets what it missed', async () => {
    expect(await owner()).toBe(nodeIdOf(a));
    // A WebSocket client on the node that survives.
    const socket = new WebSocket(`${b.url.replace('http', 'ws')}/v1/stream?token=${admin}&workspaceId=${ws}`);
    const received: Array<{ seq: number; type: string }> = [];
    let helloSeq = -1;
    socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'hello') helloSeq = message.seq;
      else received.push({ seq: message.seq, type: message.type });
    });
    await waitFor('the stream hello', async () => (helloSeq >= 0 ? true : undefined));

    // Through B, forwarded to A: opens a conversation whose workflow run waits 3 s (a timer).
    const opened = await call(b.url, 'POST', `/v1/workspaces/${ws}/channels/webchat/messages`, channelKey, {
      contact: { address: 'visitor-1' },
      channelMessageId: 'm1',
      text: 'Hello',
      departmentId: 'support',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    const timerSetAt = Date.now();
    // A call ringing on A's (simulated) telephony when A dies.
    const placed = await call(a.url, 'POST', `/v1/workspaces/${ws}/sim/calls`, admin, {
      from: '+34600111222',
      to: '+34911234567',
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const callId = placed.body.callId as string;

    // Bounded load through both nodes; each contact id is the command's idempotency key:
    // a retry of a command that had committed is refused as already existing (409).
    const total = 120;
    const acknowledged = new Set<string>();
    let killedAt = 0;
    const nodes = [a, b];
    const send = async (index: number) => {
      const id = `ct_${index}`;
      for (let attempt = 0; attempt < 200; attempt++) {
        const node = nodes[(index + attempt) % 2]!;
        const answer = await call(node.url, 'POST', `/v1/workspaces/${ws}/contacts`, admin, {
          id,
          name: `Contact ${index}`,
          phones: [`+3460${String(1_000_000 + index).padStart(7, '0')}`],
        });
        if (answer.status === 201 || answer.status === 409) {
          acknowledged.add(id);
          return;
        }
        expect([0, 503]).toContain(answer.status);
        await sleep(100);
      }
    };
    let next = 0;
    const worker = async () => {
      while (next < total) {
        const index = next++;
        await send(index);
        if (acknowledged.size === 40 && !killedAt) {
          killedAt = Date.now();
          a.process.kill('SIGKILL');
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
    expect(killedAt).toBeGreaterThan(0);
    expect(acknowledged.size).toBe(total);

    const takeover = await waitFor('B to own the workspace', async () =>
      (await owner()) === nodeIdOf(b) ? Date.now() - killedAt : undefined,
    );
    expect(takeover).toBeLessThan(10_000);

    // The run's timer came due while nobody owned the workspace: the new owner fired it.
    let rows = await waitFor('the workflow run to finish', async () => {
      const all = await events();
      return all.some((row) => row.type === 'workflow.run_finished') ? all : undefined;
    });
    const started = rows.find((row) => row.type === 'workflow.run_started')!;
    const finished = rows.find((row) => row.type === 'workflow.run_finished')!;
    expect(started.at).toBeLessThanOrEqual(timerSetAt);
    expect(finished.at).toBeGreaterThanOrEqual(started.at + 3_000);
    expect(rows.some((row) => row.type === 'conversation.note_added')).toBe(true);
    // The call died with A's telephony: the new owner ended it, saying why.
    const ended = await waitFor('the orphaned call to end', async () => {
      const all = await events();
      return all.some((row) => row.type === 'call.ended' && row.data.callId === callId) ? all : undefined;
    });
    const lost = ended.find((row) => row.type === 'call.telephony_lost' && row.data.callId === callId);
    expect(lost?.data.reason).toContain(nodeIdOf(a));
    expect(ended.find((row) => row.type === 'call.ended' && row.data.callId === callId)?.data).toMatchObject({
      outcome: 'missed',
      endedBy: 'system',
    });

    rows = ended;
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    for (let index = 0; index < total; index++) expect(created(rows, `ct_${index}`), `ct_${index}`).toBe(1);

    // Every public message (SPEC I4) of what came after its hello reached it, in order, once.
    const visible = rows
      .filter((row) => row.seq > helloSeq)
      .flatMap((row) =>
        streamMessagesOf({
          workspaceId: ws,
          seq: row.seq,
          at: row.at,
          event: { ...row.data, type: row.type },
        }),
      );
    await waitFor('the stream to catch up', async () =>
      received.length >= visible.length ? true : undefined,
    );
    socket.close();
    expect(received.map((event) => event.seq)).toEqual(visible.map((row) => row.seq));

    // P4: a client that lost its connection reconnects with the last seq it saw and gets the rest.
    const lastSeen = received[Math.floor(received.length / 2)]!.seq;
    const again = new WebSocket(
      `${b.url.replace('http', 'ws')}/v1/stream?token=${admin}&workspaceId=${ws}&after=${lastSeen}`,
    );
    const missed: number[] = [];
    again.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type !== 'hello') missed.push(message.seq);
    });
    const rest = visible.filter((row) => row.seq > lastSeen).map((row) => row.seq);
    await waitFor('the missed events', async () => (missed.length >= rest.length ? true : undefined));
    again.close();
    expect(missed).toEqual(rest);
    console.log(`takeover ${takeover} ms after kill -9; ${rows.length} events, ${received.length} streamed`);
  }, 90_000);

  it('P3: an owner frozen (SIGSTOP) past its lease can no longer write when it resumes', async () => {
    expect(await owner()).toBe(nodeIdOf(b));
    const databaseUrl = postgres().url(db.database!);
    c = await startNode(databaseUrl);
    const frozenAt = Date.now();
    b.process.kill('SIGSTOP');
    const takeover = await waitFor('C to own the workspace', async () =>
      (await owner()) === nodeIdOf(c!) ? Date.now() - frozenAt : undefined,
    );
    expect(takeover).toBeLessThan(10_000);
    b.process.kill('SIGCONT');
    // B still believes it owns the workspace until its next lease round: it must not write.
    // (The forwarded header keeps B from passing the commands on to C.)
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        call(
          b.url,
          'POST',
          `/v1/workspaces/${ws}/contacts`,
          admin,
          { id: `ct_frozen_${index}`, name: 'Frozen', phones: [`+3460099900${index}`] },
          { 'x-switchboard-forwarded': 'test' },
        ),
      ),
    );
    expect(attempts.map((answer) => answer.status)).toEqual(attempts.map(() => 503));
    const rows = await events();
    for (let index = 0; index < 10; index++) expect(created(rows, `ct_frozen_${index}`)).toBe(0);
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    // The new owner serves it, also when reached through the node that woke up.
    const viaB = await waitFor('B to forward to C', async () => {
      const answer = await call(b.url, 'POST', `/v1/workspaces/${ws}/contacts`, admin, {
        id: 'ct_after',
        name: 'After',
        phones: ['+34600999100'],
      });
      return answer.status === 201 || answer.status === 409 ? answer : undefined;
    });
    expect(viaB.status).toBe(201);
    console.log(
      `takeover ${takeover} ms after SIGSTOP; B logged:\n${b
        .output()
        .split('\n')
        .filter((line) => /lost|dropped/.test(line))
        .slice(0, 3)
        .join('\n')}`,
    );
  }, 90_000);
});
