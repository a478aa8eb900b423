import { loadavg } from 'node:os';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { streamMessagesOf } from '../../src/api/messages.ts';
import { call, machineBound, type Node, nodeIdOf, startNode, waitFor } from '../support/cluster.ts';
import { postgresForThisFile } from '../support/postgres.ts';

const postgres = postgresForThisFile();
// Set for a quiet machine, scaled to this one: real nodes start slowly on a loaded one.
vi.setConfig({ testTimeout: machineBound(90_000), hookTimeout: machineBound(180_000) });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const alive = (node: Node) => node.process.exitCode === null && node.process.signalCode === null;

/** How many times the owner is killed, and how many commands are acknowledged between kills. */
const rounds = 3;
const perRound = 20;

/**
 * A stream client as an application writes one: when its connection drops it reconnects to a
 * node `pick` chooses with `?after=` the last sequence it saw (P4). It records every sequence
 * it was sent.
 */
function followStream(pick: () => Promise<Node>, first: Node, token: string, workspaceId: string) {
  const seqs: number[] = [];
  let helloSeq = -1;
  let reconnects = 0;
  let socket: WebSocket | undefined;
  let closed = false;
  const connect = (node: Node) => {
    const after = seqs.length ? `&after=${seqs.at(-1)}` : '';
    const ws = new WebSocket(
      `${node.url.replace('http', 'ws')}/v1/stream?token=${token}&workspaceId=${workspaceId}${after}`,
    );
    socket = ws;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'hello') {
        if (helloSeq < 0) helloSeq = message.seq;
      } else seqs.push(message.seq);
    });
    ws.on('error', () => {});
    ws.on('close', () => {
      if (closed) return;
      reconnects++;
      void sleep(200)
        .then(pick)
        .then((node) => {
          if (!closed) connect(node);
        });
    });
  };
  connect(first);
  return {
    seqs,
    helloSeq: () => helloSeq,
    reconnects: () => reconnects,
    close() {
      closed = true;
      socket?.close();
    },
  };
}

describe('P3/P4 soak: three nodes on one PostgreSQL, the owner killed (-9) and restarted, round after round', () => {
  let db: pg.Client;
  let url: string;
  const nodes: Node[] = [];
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

  beforeAll(async () => {
    const began = Date.now();
    url = await postgres().createDatabase();
    db = new pg.Client({ connectionString: url });
    await db.connect();
    // The first node creates (and prints) the server admin key. One after another: each
    // start is mostly CPU (loading the modules), and three at once on a loaded machine each
    // took over a minute where one alone takes a third of that.
    for (let count = 0; count < 3; count++) nodes.push(await startNode(url));
    admin = nodes[0]!.adminToken!;
    const as = (path: string, body: unknown) =>
      call(nodes[0]!.url, 'POST', `/v1/workspaces${path}`, admin, body);
    expect((await as('', { id: ws, name: 'Acme', plan: 'business' })).status).toBe(201);
    expect((await as(`/${ws}/departments`, { id: 'support', name: 'Support' })).status).toBe(201);
    // Every conversation opened starts a run that waits (a timer) before it adds a note.
    const definition = {
      trigger: { kind: 'conversation_opened' },
      start: 'wait',
      steps: [
        { id: 'wait', kind: 'wait', seconds: 2, next: 'note' },
        { id: 'note', kind: 'add_comment', text: 'Followed up after the wait', next: 'done' },
        { id: 'done', kind: 'end' },
      ],
    };
    expect((await as(`/${ws}/workflows`, { id: 'wf', name: 'Follow-up', definition })).status).toBe(201);
    expect((await as(`/${ws}/workflows/wf/publish`, undefined)).status).toBe(200);
    channelKey = (await as(`/${ws}/api-keys`, { name: 'channel' })).body.token;
    for (const node of nodes.slice(1))
      await waitFor('the replicas', async () =>
        (await call(node.url, 'GET', `/v1/workspaces/${ws}`, admin)).status === 200 ? true : undefined,
      );
    console.log(
      `soak set-up: ${Date.now() - began} ms (nodes listening after ${nodes.map((node) => node.startedInMs).join(', ')} ms; load ${loadavg()[0]?.toFixed(1)})`,
    );
  });

  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await db?.end();
  });

  it('P3/P4: under load through every node, 3 × kill -9 of the owner and a restart: each acknowledged command exactly once, no gaps, every timer fired, a reconnecting stream client saw everything', async () => {
    const ownerNode = async () => {
      const id = await owner();
      return nodes.find((node) => nodeIdOf(node) === id && alive(node));
    };
    // The stream client follows the owner, so that each kill drops its connection; it
    // reconnects to the new owner once there is one (to any live node after 20 s).
    const pick = async () =>
      (await waitFor('a live owner', ownerNode).catch(() => undefined)) ?? nodes.find(alive)!;
    const stream = followStream(pick, (await ownerNode())!, admin, ws);
    await waitFor('the stream hello', async () => (stream.helloSeq() >= 0 ? true : undefined));

    // The load: contacts (their id is the idempotency key: a retry of a committed command is a
    // 409) and web chats (the channel message id is the key: a retry is acknowledged again),
    // each sent round robin through the nodes and retried like a client on a dead node or a 503.
    const contacts = new Set<string>();
    const chats = new Set<string>();
    const unexpected: string[] = [];
    let acknowledged = 0;
    let stopping = false;
    const send = async (index: number) => {
      const chat = index % 5 === 0;
      const until = Date.now() + 25_000;
      for (let attempt = 0; Date.now() < until; attempt++) {
        const node = nodes[(index + attempt) % nodes.length]!;
        const answer = chat
          ? await call(node.url, 'POST', `/v1/workspaces/${ws}/channels/webchat/messages`, channelKey, {
              contact: { address: `visitor-${index}` },
              channelMessageId: `m${index}`,
              text: 'Hello',
              departmentId: 'support',
            })
          : await call(node.url, 'POST', `/v1/workspaces/${ws}/contacts`, admin, {
              id: `ct_${index}`,
              name: `Contact ${index}`,
              phones: [`+3460${String(1_000_000 + index).padStart(7, '0')}`],
            });
        if (chat ? answer.status === 200 : answer.status === 201 || answer.status === 409) {
          (chat ? chats : contacts).add(String(index));
          acknowledged++;
          return;
        }
        if (answer.status !== 0 && answer.status !== 503)
          unexpected.push(`${index}: ${answer.status} ${JSON.stringify(answer.body)}`);
        await sleep(100);
      }
      unexpected.push(`${index}: never acknowledged`);
    };
    let next = 0;
    const worker = async () => {
      // Paced: the point is commands in flight at each kill, not throughput (the nodes restart
      // on a machine this load shares).
      while (!stopping) {
        await send(next++);
        await sleep(100);
      }
    };
    const workers = Promise.all(Array.from({ length: 3 }, worker));

    const began = Date.now();
    const phases: string[] = [];
    const mark = (what: string) => phases.push(`${what} ${Date.now() - began}`);
    const takeovers: number[] = [];
    const restarts: Promise<void>[] = [];
    for (let round = 0; round < rounds; round++) {
      const from = acknowledged;
      await waitFor('commands acknowledged', async () =>
        acknowledged >= from + perRound ? true : undefined,
      );
      // Someone must be left to take over: a node restarted in an earlier round, if need be.
      await waitFor(
        'a second live node',
        async () => (nodes.filter(alive).length >= 2 ? true : undefined),
        machineBound(60_000),
      );
      mark('kill');
      // (A node restarted in an earlier round may hold it before it is listed: wait for that.)
      const victim = await waitFor('the owner among the nodes', ownerNode);
      const victimId = nodeIdOf(victim);
      const killedAt = Date.now();
      victim.process.kill('SIGKILL');
      await victim.exited;
      // The killed node comes back as a new node on the same database while the rounds go on.
      restarts.push(
        startNode(url).then((restarted) => {
          nodes[nodes.indexOf(victim)] = restarted;
          mark(`restarted (listening after ${restarted.startedInMs})`);
        }),
      );
      takeovers.push(
        await waitFor('a takeover', async () => {
          const id = await owner();
          return id && id !== victimId ? Date.now() - killedAt : undefined;
        }),
      );
      mark('taken over');
    }
    await Promise.all(restarts);
    // One more stretch of load on three nodes again, then the clients stop.
    const from = acknowledged;
    await waitFor('commands acknowledged', async () => (acknowledged >= from + perRound ? true : undefined));
    stopping = true;
    await workers;
    mark('load stopped');
    expect(unexpected).toEqual([]);
    for (const takeover of takeovers) expect(takeover).toBeLessThan(10_000);

    // Every run's timer fired, also those that came due while nobody owned the workspace.
    const rows = await waitFor('every workflow run to finish', async () => {
      const all = await events();
      const started = all.filter((row) => row.type === 'workflow.run_started').length;
      const finished = all.filter((row) => row.type === 'workflow.run_finished').length;
      return started === chats.size && finished === started ? all : undefined;
    });
    mark('runs finished');
    const startedAt = new Map(
      rows.filter((row) => row.type === 'workflow.run_started').map((row) => [row.data.runId, row.at]),
    );
    for (const row of rows.filter((row) => row.type === 'workflow.run_finished'))
      expect(row.at, row.data.runId).toBeGreaterThanOrEqual(startedAt.get(row.data.runId)! + 2_000);
    expect(rows.filter((row) => row.type === 'conversation.note_added')).toHaveLength(chats.size);

    // No gaps, and each acknowledged command's effect exactly once.
    expect(rows.map((row) => row.seq)).toEqual(rows.map((_, index) => index + 1));
    const contactCounts = new Map<string, number>();
    const chatCounts = new Map<string, number>();
    for (const row of rows) {
      if (row.type === 'contact.created') {
        const id = String(row.data.contact.id).replace('ct_', '');
        contactCounts.set(id, (contactCounts.get(id) ?? 0) + 1);
      }
      if (row.type === 'conversation.message_received') {
        const id = String(row.data.messageId).replace('m', '');
        chatCounts.set(id, (chatCounts.get(id) ?? 0) + 1);
      }
    }
    // Each client retried until it was acknowledged, so the log holds exactly the acknowledged
    // commands, each once, however many attempts died with a node or got a 503.
    for (const id of contacts) expect(contactCounts.get(id), `ct_${id}`).toBe(1);
    for (const id of chats) expect(chatCounts.get(id), `m${id}`).toBe(1);
    expect(contactCounts.size).toBe(contacts.size);
    expect(chatCounts.size).toBe(chats.size);
    expect(rows.filter((row) => row.type === 'conversation.opened')).toHaveLength(chats.size);

    // The stream client, reconnected with ?after= each time its node died, saw every public
    // message of the events after its hello (SPEC I4), in order, once.
    const visible = rows
      .filter((row) => row.seq > stream.helloSeq())
      .flatMap((row) =>
        streamMessagesOf({
          workspaceId: ws,
          seq: row.seq,
          at: row.at,
          event: { ...row.data, type: row.type },
        }),
      );
    await waitFor('the stream to catch up', async () =>
      (stream.seqs.at(-1) ?? 0) >= visible.at(-1)!.seq ? true : undefined,
    );
    stream.close();
    mark('stream caught up');
    expect(stream.reconnects()).toBeGreaterThanOrEqual(rounds);
    expect(stream.seqs).toEqual(visible.map((message) => message.seq));
    console.log(
      `soak: ${rounds} kills, takeovers ${takeovers.join(', ')} ms; ${acknowledged} commands acknowledged, ${rows.length} events, ${stream.reconnects()} stream reconnects; ms: ${phases.join(', ')}`,
    );
  });
});
