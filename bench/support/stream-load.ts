/**
 * The stream bench's client side, run in a worker thread so the server has the main thread
 * to itself: N WebSocket clients on /v1/stream, and presence commands over HTTP at a fixed
 * rate. Latency is from sending a command to each client receiving its presence.changed,
 * both stamped with process.hrtime in this thread.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

export interface StreamJob {
  origin: string;
  token: string;
  usersPath: string;
  clients: number;
  /** Presence commands per second, offered open-loop. */
  rate: number;
  warmupMs: number;
  measureMs: number;
  /** After the last command is answered, how long to wait for the deliveries still on their way. */
  drainMs: number;
  /** Keep-alive HTTP connections the commands share. */
  connections: number;
}

export interface StreamOutcome {
  /** One per (measured command, client) delivery, in ns. */
  latencies: Float64Array;
  /** Measured commands: sent, answered 200, answered otherwise or lost. */
  sent: number;
  acknowledged: number;
  failed: number;
  /** Commands the rate asked for while every agent already had one in flight. */
  skipped: number;
  /** presence.changed events that matched no command sent (should stay 0). */
  unmatched: number;
  /** Close codes the server sent (1013: a client fell too far behind). */
  closes: number[];
}

interface Sent {
  presence: string;
  at: bigint;
  measured: boolean;
}

const job = workerData as StreamJob;
const agent = new Agent({ keepAlive: true, maxSockets: job.connections });
const headers = { authorization: `Bearer ${job.token}` };
/** Every command sent to each agent, in order; at most one is in flight per agent. */
const sends = new Map<string, Sent[]>();
const busy = new Set<string>();
const latencies: number[] = [];
const closes: number[] = [];
let unmatched = 0;

function send(method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      `${job.origin}${path}`,
      {
        method,
        agent,
        headers: body
          ? { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
          : headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

function connect(): Promise<WebSocket> {
  const url = `${job.origin.replace('http', 'ws')}/v1/stream?token=${encodeURIComponent(job.token)}`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('message', () => resolve(socket));
    socket.once('error', reject);
    socket.on('close', (code) => closes.push(code));
  });
}

/**
 * A socket gets its events in log order and an agent's commands are decided in the order
 * sent (one in flight per agent), so the k-th presence.changed of an agent on a socket is
 * the k-th command sent to that agent.
 */
function listen(socket: WebSocket): void {
  const seen = new Map<string, number>();
  socket.on('message', (data) => {
    const now = process.hrtime.bigint();
    const message = JSON.parse(String(data)) as { type: string; data: { userId: string; to: string } };
    if (message.type !== 'presence.changed') return;
    const { userId, to } = message.data;
    const index = seen.get(userId) ?? 0;
    seen.set(userId, index + 1);
    const sent = sends.get(userId)?.[index];
    if (sent?.presence !== to) {
      unmatched += 1;
      return;
    }
    if (sent.measured) latencies.push(Number(now - sent.at));
  });
}

// Where every agent stands now (earlier loads on this server moved them), so each PUT toggles.
const listed = await send('GET', job.usersPath);
const presence = new Map<string, string>(
  (JSON.parse(listed.text) as { items: { id: string; presence: string }[] }).items.map((user) => [
    user.id,
    user.presence,
  ]),
);
const userIds = [...presence.keys()];
const sockets = await Promise.all(Array.from({ length: job.clients }, connect));
for (const socket of sockets) listen(socket);

let cursor = 0;
let sent = 0;
let acknowledged = 0;
let failed = 0;
let skipped = 0;

/** The next agent in turn with no command in flight, or undefined when all have one. */
function nextIdle(): string | undefined {
  for (let tries = 0; tries < userIds.length; tries += 1) {
    const userId = userIds[cursor++ % userIds.length]!;
    if (!busy.has(userId)) return userId;
  }
  return undefined;
}

/** Toggles one agent between online and pause: every PUT changes something and emits one event. */
async function toggle(userId: string, measured: boolean): Promise<void> {
  const to = presence.get(userId) === 'online' ? 'pause' : 'online';
  presence.set(userId, to);
  busy.add(userId);
  if (measured) sent += 1;
  const list = sends.get(userId) ?? [];
  list.push({ presence: to, at: process.hrtime.bigint(), measured });
  sends.set(userId, list);
  try {
    const { status } = await send(
      'PUT',
      `${job.usersPath}/${userId}/presence`,
      JSON.stringify({ presence: to }),
    );
    if (status === 200 && measured) acknowledged += 1;
    if (status !== 200 && measured) failed += 1;
  } catch {
    if (measured) failed += 1;
  } finally {
    busy.delete(userId);
  }
}

/** Open loop: every tick sends what the rate owes since the start, whatever came back. */
await new Promise<void>((resolve) => {
  const started = performance.now();
  let owed = 0;
  const tick = setInterval(() => {
    const elapsed = performance.now() - started;
    if (elapsed >= job.warmupMs + job.measureMs) {
      clearInterval(tick);
      resolve();
      return;
    }
    const measured = elapsed >= job.warmupMs;
    for (const due = Math.floor((elapsed * job.rate) / 1000); owed < due; owed += 1) {
      const userId = nextIdle();
      if (userId) void toggle(userId, measured);
      else if (measured) skipped += 1;
    }
  }, 5);
});
// Every command answered (or 10 s gone), then time for the last events to reach the clients.
const answeredBy = performance.now() + 10_000;
while (busy.size > 0 && performance.now() < answeredBy)
  await new Promise((resolve) => setTimeout(resolve, 10));
await new Promise((resolve) => setTimeout(resolve, job.drainMs));
for (const socket of sockets) socket.close();
agent.destroy();

const outcome: StreamOutcome = {
  latencies: Float64Array.from(latencies),
  sent,
  acknowledged,
  failed,
  skipped,
  unmatched,
  closes: closes.filter((code) => code !== 1005 && code !== 1000),
};
parentPort!.postMessage(outcome);
