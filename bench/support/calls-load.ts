/**
 * The calls bench's client side, run in a worker thread so the server has the main thread to
 * itself: one WebSocket stream on /v1/stream, and N callers in a closed loop, each placing an
 * inbound call over HTTP, answering it on the agent's leg once the stream says it rings, and
 * hanging it up. Latency is from sending the call to the stream delivering its ringing leg (call.offered),
 * both stamped with process.hrtime in this thread. The callers speak HTTP/1.1 through a lean
 * keep-alive client (lean-http.ts), so that the load generator takes as little as it can of
 * the cores it shares with the server.
 */
import { readlinkSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';
import { type Answer, LeanConnection } from './lean-http.ts';

export interface CallsJob {
  origin: string;
  token: string;
  /** /v1/workspaces/<id> */
  base: string;
  /** The workspace's number the customers dial, E.164. */
  to: string;
  /** Callers, each with one call in progress at a time. */
  concurrency: number;
  /** Calls a second, all callers together, on one open schedule (see nextStart). Unset: each caller back to back. */
  rate?: number;
  warmupMs: number;
  measureMs: number;
}

export interface CallsOutcome {
  /** One per measured call: POST /sim/calls sent (paced: its scheduled start) → call.offered received, in ns. */
  ringLatencies: Float64Array;
  /** One per measured call: POST /sim/calls sent → hang-up answered, in ns. */
  callLatencies: Float64Array;
  /** Paced: one per call started in the measured window, how late against its schedule, in ns. */
  behind: Float64Array;
  /** Calls hung up (placed, answered, ended) within the measured window. */
  completed: number;
  /** Calls hung up, warm-up included. */
  total: number;
  /** Requests answered with an unexpected status, or lost. */
  failed: number;
  /** Ringing legs that matched no call placed (should stay 0). */
  unmatched: number;
  firstError?: string;
  /** This thread's Linux task id (the bench tells its CPU apart from the server's threads). */
  tid?: number;
}

interface Ringing {
  legId: string;
  at: bigint;
}

const job = workerData as CallsJob;
/** Host and credentials, the same on every request. */
const fixedHeaders = `host: ${new URL(job.origin).host}\r\nauthorization: Bearer ${job.token}\r\n`;

/** Ringing legs by call id: the stream may deliver one before the POST that placed it is answered. */
const rung = new Map<string, Ringing>();
const waiting = new Map<string, (ringing: Ringing) => void>();
let unmatched = 0;

function connect(): Promise<WebSocket> {
  const url = `${job.origin.replace('http', 'ws')}/v1/stream?token=${encodeURIComponent(job.token)}`;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('message', () => resolve(socket));
    socket.once('error', reject);
  });
}

const offered = Buffer.from('"call.offered"');

function listen(socket: WebSocket): void {
  socket.on('message', (data: Buffer) => {
    const at = process.hrtime.bigint();
    // Most messages are other events of the call: skip them before decoding and parsing.
    if (data.indexOf(offered) < 0) return;
    const message = JSON.parse(data.toString()) as { type: string; data: { callId: string; legId: string } };
    if (message.type !== 'call.offered') return;
    const ringing = { legId: message.data.legId, at };
    const resolve = waiting.get(message.data.callId);
    if (resolve) {
      waiting.delete(message.data.callId);
      resolve(ringing);
    } else rung.set(message.data.callId, ringing);
  });
}

function ringingOf(callId: string): Promise<Ringing> {
  const already = rung.get(callId);
  if (already) {
    rung.delete(callId);
    return Promise.resolve(already);
  }
  return new Promise((resolve, reject) => {
    waiting.set(callId, resolve);
    setTimeout(() => {
      if (waiting.delete(callId)) reject(new Error(`call ${callId} never rang`));
    }, 10_000).unref();
  });
}

const ringLatencies: number[] = [];
const callLatencies: number[] = [];
/** Paced: how late each measured call started against its schedule, ns. */
const behind: number[] = [];
let completed = 0;
let total = 0;
let failed = 0;
let firstError: string | undefined;
let measuring = false;
let stopping = false;

function expect(what: string, answer: Answer, status: number): void {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${answer.text.slice(0, 200)}`);
}

/** One call: dial, the agent answers when it rings, the customer hangs up. */
async function oneCall(http: LeanConnection, from: string, scheduled: bigint | undefined): Promise<void> {
  const measured = measuring;
  const started = scheduled ?? process.hrtime.bigint();
  const placed = await http.send('POST', `${job.base}/sim/calls`, `{"from":"${from}","to":"${job.to}"}`);
  expect('POST /sim/calls', placed, 201);
  const { callId } = JSON.parse(placed.text) as { callId: string };
  const ringing = await ringingOf(callId);
  expect('answer', await http.send('POST', `${job.base}/sim/legs/${callId}/${ringing.legId}/answer`), 204);
  expect('hang-up', await http.send('POST', `${job.base}/sim/calls/${callId}/hangup`), 200);
  // Throughput counts the calls finished in the window; latency the calls started in it.
  total += 1;
  if (measuring) completed += 1;
  if (!measured) return;
  ringLatencies.push(Number(ringing.at - started));
  callLatencies.push(Number(process.hrtime.bigint() - started));
}

/**
 * Paced calls follow one open schedule, as customers' calls arrive: call k starts at its time
 * whichever caller is free, so a call late because the server was slow is made up for, never
 * dropped, and a server that cannot keep up falls further and further behind (its lateness
 * shows in `behind` and in the latencies, counted from the scheduled start). The rate ramps up
 * from 0 over the warm-up, as a load test does, so a cold server (code not yet optimised by
 * the JIT) does not start the measured window with a backlog made in its first second.
 */
const schedule = { start: 0, next: 0 };

/** Call k's start, ms after the schedule's: rate · t² / 2·warm-up calls by t during the ramp, then rate a second. */
function scheduledAt(k: number, rate: number): number {
  const perMs = rate / 1000;
  const rampCalls = (perMs * job.warmupMs) / 2;
  if (k < rampCalls) return Math.sqrt((2 * job.warmupMs * k) / perMs);
  return job.warmupMs + (k - rampCalls) / perMs;
}

/** Waits for the next scheduled start and returns it (hrtime ns), or undefined: back to back, now. */
async function nextStart(): Promise<bigint | undefined> {
  if (job.rate === undefined) return undefined;
  const at = schedule.start + scheduledAt(schedule.next++, job.rate);
  const wait = at - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const late = Math.max(0, performance.now() - at);
  if (measuring) behind.push(late * 1e6);
  return process.hrtime.bigint() - BigInt(Math.round(late * 1e6));
}

/** One caller on its own keep-alive connection (a lost one is replaced). */
async function caller(index: number): Promise<void> {
  let http = new LeanConnection(job.origin, fixedHeaders);
  for (let round = 0; !stopping; round += 1) {
    const scheduled = await nextStart();
    if (stopping) break;
    const from = `+3460${String(index).padStart(3, '0')}${String(round % 10_000).padStart(4, '0')}`;
    try {
      await oneCall(http, from, scheduled);
    } catch (error) {
      if (measuring) failed += 1;
      firstError ??= (error as Error).message;
      http.close();
      http = new LeanConnection(job.origin, fixedHeaders);
    }
  }
  http.close();
}

/** /proc/thread-self names this thread's task: /proc/<pid>/task/<tid>. undefined off Linux. */
function threadId(): number | undefined {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return undefined;
  }
}

const socket = await connect();
listen(socket);
schedule.start = performance.now();
const callers = Array.from({ length: job.concurrency }, (_, index) => caller(index));
await new Promise((resolve) => setTimeout(resolve, job.warmupMs));
measuring = true;
// The server's thread reads its CPU time at these marks.
parentPort!.postMessage({ mark: 'start' });
await new Promise((resolve) => setTimeout(resolve, job.measureMs));
parentPort!.postMessage({ mark: 'end' });
measuring = false;
stopping = true;
await Promise.all(callers);
unmatched = rung.size;
socket.close();

const outcome: CallsOutcome = {
  ringLatencies: Float64Array.from(ringLatencies),
  callLatencies: Float64Array.from(callLatencies),
  behind: Float64Array.from(behind),
  completed,
  total,
  failed,
  unmatched,
  ...(firstError ? { firstError } : {}),
  tid: threadId(),
};
parentPort!.postMessage(outcome);
