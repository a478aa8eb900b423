/**
 * Several nodes on one PostgreSQL (P2, P3): HTTP commands per second and their latency with
 * 1, 2 and 3 `serve` processes, and how long a takeover takes after kill -9 of an owner.
 * Run: node --import tsx bench/cluster.ts
 */
import pg from 'pg';
import { type Node, nodeIdOf, startNode } from '../test/support/cluster.ts';
import { startPostgres } from '../test/support/embedded-postgres.ts';
import { count, machine, ms, Samples, since, table } from './support/report.ts';

const workspaces = 6;
const agentsPerWorkspace = 20;
const connections = 24;
const durationMs = 8_000;

machine('bench/cluster.ts — nodes on one PostgreSQL: commands/s, p99, takeover');
const postgres = await startPostgres();
const sleep = (msec: number) => new Promise((resolve) => setTimeout(resolve, msec));

async function send(base: string, method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** Workspaces created round-robin through the nodes, so each node claims (owns) its share. */
async function setUp(nodes: Node[]): Promise<string> {
  const admin = nodes[0]!.adminToken!;
  for (let w = 0; w < workspaces; w++) {
    const base = nodes[w % nodes.length]!.url;
    const ws = `ws${w}`;
    await send(base, 'POST', '/v1/workspaces', admin, { id: ws, name: ws, plan: 'business' });
    for (let u = 0; u < agentsPerWorkspace; u++)
      await send(base, 'POST', `/v1/workspaces/${ws}/users`, admin, {
        id: `u_${u}`,
        name: `Agent ${u}`,
        email: `a${u}@${ws}.test`,
        role: 'agent',
      });
  }
  // Every node's replicas know every workspace before the load starts.
  await sleep(1_000);
  return admin;
}

/**
 * `connections` clients, each sending presence changes (alternating online / pause) to a
 * random workspace's agent through the nodes in turn: a node that does not own the
 * workspace forwards the command to the one that does.
 */
async function load(nodes: Node[], admin: string) {
  const latencies = new Samples();
  let ok = 0;
  let failed = 0;
  let sent = 0;
  const until = Date.now() + durationMs;
  const client = async (id: number) => {
    for (let round = 0; Date.now() < until; round++) {
      const n = sent++;
      const base = nodes[(id + round) % nodes.length]!.url;
      const ws = `ws${n % workspaces}`;
      const user = `u_${Math.floor(n / workspaces) % agentsPerWorkspace}`;
      const presence = Math.floor(n / (workspaces * agentsPerWorkspace)) % 2 === 0 ? 'online' : 'pause';
      const start = process.hrtime.bigint();
      const status = await send(base, 'PUT', `/v1/workspaces/${ws}/users/${user}/presence`, admin, {
        presence,
      });
      latencies.add(since(start));
      if (status === 200) ok++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, id) => client(id)));
  return { latencies, ok, failed };
}

/** Polls the leases until `done` says so; the time it took in ms, or a note that it never did. */
async function timeLeases(db: pg.Client, from: number, done: (owners: string[]) => boolean): Promise<string> {
  for (;;) {
    const owners = (await db.query('SELECT owner FROM workspace_leases')).rows.map(
      (row) => row.owner as string,
    );
    if (done(owners)) return `${Date.now() - from}`;
    if (Date.now() - from > 60_000) return 'over 60000';
    await sleep(20);
  }
}

const rows: string[][] = [];
const movesRows: string[][] = [];
for (const size of [1, 2, 3]) {
  const url = await postgres.createDatabase(`bench_${size}`);
  const nodes: Node[] = [];
  for (let i = 0; i < size; i++) nodes.push(await startNode(url, 'error'));
  const admin = await setUp(nodes);
  const { latencies, ok, failed } = await load(nodes, admin);
  rows.push([
    String(size),
    count(ok / (durationMs / 1000)),
    ms(latencies.percentileMs(50)),
    ms(latencies.percentileMs(99)),
    ms(latencies.maxMs()),
    count(failed),
  ]);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  if (size === 2) {
    // kill -9 the first node; time until the other owns every workspace.
    const victim = nodeIdOf(nodes[0]!)!;
    const start = Date.now();
    nodes[0]!.process.kill('SIGKILL');
    const took = await timeLeases(db, start, (owners) => !owners.includes(victim));
    movesRows.push(['kill -9 of one of 2 nodes', count(workspaces / 2), took]);
    // A new node joins the survivor (which now holds all): time from its listening until it
    // has been handed its share.
    const joiner = await startNode(url, 'error');
    nodes.push(joiner);
    const id = nodeIdOf(joiner)!;
    const spread = await timeLeases(
      db,
      Date.now(),
      (owners) => owners.filter((owner) => owner === id).length === workspaces / 2,
    );
    movesRows.push(['a node joins the one left (handed its share)', count(workspaces / 2), spread]);
  }
  if (size === 3) {
    // SIGTERM one node: it hands its workspaces to the others before it exits.
    const leaving = nodeIdOf(nodes[0]!)!;
    const start = Date.now();
    const stopped = nodes[0]!.stop();
    const handed = await timeLeases(
      db,
      start,
      (owners) => !owners.includes(leaving) && owners.every((owner) => owner !== null),
    );
    await stopped;
    movesRows.push(['SIGTERM of one of 3 nodes (handed over)', count(workspaces / 3), handed]);
  }
  await db.end();
  for (const node of nodes) await node.stop();
}

console.log(
  `${workspaces} workspaces of ${agentsPerWorkspace} agents, created round-robin through the nodes (each owns its share); ` +
    `${connections} clients for ${durationMs / 1000} s sending PUT …/presence to the nodes in turn (a node that does not own ` +
    `the workspace forwards the command over HTTP to the owner). PostgreSQL 17 embedded, fsync on, same machine. ` +
    'Latencies in ms, measured by the client.\n',
);
table(['nodes', 'commands/s', 'p50 ms', 'p99 ms', 'max ms', 'non-200'], rows);
console.log(
  'Workspaces changing hands (lease 6 s, renewal every 2 s; time from the kill, the join or the SIGTERM until the leases show the move done):\n',
);
table(['event', 'workspaces moved', 'ms'], movesRows);
await postgres.stop();
