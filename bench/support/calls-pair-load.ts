/**
 * The callers of bench/calls-pair.ts, in a worker thread: for each of two servers (A and B) a
 * WebSocket stream and N callers in the calls bench's closed loop (place a call, answer the
 * agent's ringing leg once the stream says it rings, hang up), each on its own keep-alive
 * connection. Only the callers of the server named last by the main thread ("A" or "B") call;
 * the others wait. The main thread asks "count" for the calls finished on each, and "stop".
 */
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { LeanConnection } from './lean-http.ts';

export type Side = 'A' | 'B';

export interface PairJob {
  /** The workspace's number the customers dial, E.164. */
  to: string;
  /** Callers per server. */
  concurrency: number;
  servers: Record<Side, { origin: string; token: string; base: string }>;
}

const job = workerData as PairJob;
let target: Side = 'A';
let stopping = false;
const done: Record<Side, number> = { A: 0, B: 0 };
/** Ringing legs by call id, per server: the stream may deliver one before the POST that placed it is answered. */
const rung: Record<Side, Map<string, string>> = { A: new Map(), B: new Map() };
const waiting: Record<Side, Map<string, (legId: string) => void>> = { A: new Map(), B: new Map() };
const offered = Buffer.from('"call.offered"');

async function stream(side: Side): Promise<WebSocket> {
  const { origin, token } = job.servers[side];
  const socket = new WebSocket(
    `${origin.replace('http', 'ws')}/v1/stream?token=${encodeURIComponent(token)}`,
  );
  await new Promise((resolve, reject) => {
    socket.once('message', resolve);
    socket.once('error', reject);
  });
  socket.on('message', (data: Buffer) => {
    // Most messages are other events of the call: skipped before decoding.
    if (data.indexOf(offered) < 0) return;
    const message = JSON.parse(data.toString()) as { type: string; data: { callId: string; legId: string } };
    if (message.type !== 'call.offered') return;
    const resolve = waiting[side].get(message.data.callId);
    if (!resolve) return void rung[side].set(message.data.callId, message.data.legId);
    waiting[side].delete(message.data.callId);
    resolve(message.data.legId);
  });
  return socket;
}

function ringingLeg(side: Side, callId: string): Promise<string> {
  const legId = rung[side].get(callId);
  if (legId === undefined) return new Promise((resolve) => waiting[side].set(callId, resolve));
  rung[side].delete(callId);
  return Promise.resolve(legId);
}

function expect(what: string, status: number, answer: { status: number; text: string }): void {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${answer.text.slice(0, 200)}`);
}

async function caller(side: Side, index: number): Promise<void> {
  const { origin, token, base } = job.servers[side];
  const http = new LeanConnection(
    origin,
    `host: ${new URL(origin).host}\r\nauthorization: Bearer ${token}\r\n`,
  );
  for (let round = 0; !stopping; round += 1) {
    while (target !== side && !stopping) await new Promise((resolve) => setTimeout(resolve, 2));
    if (stopping) break;
    const from = `+3460${String(index).padStart(3, '0')}${String(round % 10_000).padStart(4, '0')}`;
    const placed = await http.send('POST', `${base}/sim/calls`, `{"from":"${from}","to":"${job.to}"}`);
    expect('POST /sim/calls', 201, placed);
    const { callId } = JSON.parse(placed.text) as { callId: string };
    const legId = await ringingLeg(side, callId);
    expect('answer', 204, await http.send('POST', `${base}/sim/legs/${callId}/${legId}/answer`));
    expect('hang-up', 200, await http.send('POST', `${base}/sim/calls/${callId}/hangup`));
    done[side] += 1;
  }
  http.close();
}

const sockets = [await stream('A'), await stream('B')];
const callers = (['A', 'B'] as const).flatMap((side) =>
  Array.from({ length: job.concurrency }, (_, index) => caller(side, index)),
);
parentPort!.on('message', async (message: 'count' | 'stop' | Side) => {
  if (message === 'count') parentPort!.postMessage({ ...done });
  else if (message === 'stop') {
    stopping = true;
    await Promise.all(callers);
    for (const socket of sockets) socket.close();
    parentPort!.postMessage('stopped');
  } else target = message;
});
parentPort!.postMessage('ready');
