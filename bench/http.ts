/**
 * HTTP commands per second with durable commits: the real server on a temp SQLite file,
 * driven by autocannon over 127.0.0.1. Run: node --expose-gc --import tsx bench/http.ts
 */
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { SqliteStore } from '../src/store/sqlite/store.ts';
import { count, machine, table } from './support/report.ts';
import { startBenchServer, usersPath, workspaceId } from './support/server.ts';

const users = 500;
const connections = 50;
const durationSec = 10;
/** autocannon runs in one worker thread, so the server's event loop has the main thread to itself. */
const workers = 1;
const setupRequest = fileURLToPath(new URL('./support/autocannon-request.cjs', import.meta.url));

machine('bench/http.ts — HTTP commands per second with durable commits (SQLite, WAL, synchronous=FULL)');
const server = await startBenchServer(users);
process.env.BENCH_USERS = String(users);
process.env.BENCH_USERS_PATH = usersPath;
const headers = { authorization: `Bearer ${server.apiKey}`, 'content-type': 'application/json' };
const { runtime } = server.switchboard;
const seqBefore = runtime.state(workspaceId)!.version;

const write = await autocannon({
  url: server.origin,
  connections,
  duration: durationSec,
  workers,
  headers,
  requests: [
    { method: 'PUT', path: `${usersPath}/u_0/presence`, body: '{"presence":"online"}', setupRequest },
  ],
});
const seqAfterWrite = runtime.state(workspaceId)!.version;

const read = await autocannon({
  url: server.origin,
  connections,
  duration: durationSec,
  workers,
  headers: { authorization: headers.authorization },
  requests: [{ method: 'GET', path: `${usersPath}/u_0`, setupRequest }],
});

// Durability: close the server, open the SQLite file afresh and count what is in it.
await server.switchboard.close();
const store = new SqliteStore(server.dbPath);
const stored = await store.loadEvents(workspaceId, seqBefore);
await store.close();
await server.close();
const presenceEvents = stored.filter((event) => event.event.type === 'presence.changed').length;

const row = (route: string, result: Result) => [
  route,
  count(result.requests.average),
  count(result['2xx']),
  String(result.latency.p50),
  String(result.latency.p99),
  String(result.latency.max),
  count(result.non2xx),
  count(result.errors + result.timeouts),
];
console.log(
  `${connections} connections for ${durationSec} s each, autocannon in ${workers} worker thread; ` +
    `${users} agents; workspace admin API key. PUT alternates online / pause per round over the agents; ` +
    `GET reads them in turn. Latencies in ms (autocannon's resolution is 1 ms).\n`,
);
table(
  ['route', 'requests/s', '2xx', 'p50 ms', 'p99 ms', 'max ms', 'non-2xx', 'errors + timeouts'],
  [row(`PUT ${usersPath}/:id/presence`, write), row(`GET ${usersPath}/:id`, read)],
);
console.log('Durability (events read back from the SQLite file after the server closed):\n');
console.log(
  'PUTs sent but not counted were still in flight when autocannon stopped (at most one per connection); ' +
    'the server still decided and committed them.\n',
);
table(
  ['PUT sent', 'PUT 2xx', 'events decided (runtime)', 'events in the store', 'presence.changed in the store'],
  [
    [
      count(write.requests.sent),
      count(write['2xx']),
      count(seqAfterWrite - seqBefore),
      count(stored.length),
      count(presenceEvents),
    ],
  ],
);
