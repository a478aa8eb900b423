/**
 * The SQLite writer thread: its own connection to the file, on which every batch of events
 * is appended with its projections and made durable (synchronous=FULL: fsynced) before the
 * main thread hears that it is done. The main thread keeps deciding meanwhile, and may send
 * the next batches before this one is durable: those already waiting here are written in the
 * same transaction (one fsync for all), and once a commit fails, the commits sent after it
 * are refused unwritten until the main thread, told of the failure, sends `resume`.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { StoredEvent } from '../../engine/events.ts';
import { earlierCommitFailed, earlierCommitFailedMessage } from './earlier-commit-failed.ts';
import { SqliteProjector } from './projector.ts';

export type WriterRequest =
  /** events: the batch as JSON (one string crosses threads faster than a structured clone). */
  /** pipelined: sent maybe before the last is durable, so a failure refuses those sent after it. */
  | { id: number; op: 'commit'; events: string; pipelined?: true }
  | { id: number; op: 'snapshot'; workspaceId: string; seq: number; state: string }
  /** The main thread has heard of the failed commit: the commits it sends from now on are written. */
  | { id: number; op: 'resume' }
  | { id: number; op: 'close' };

export type WriterReply = { id: number; error?: { name: string; message: string; code?: string } };

export interface WriterData {
  path: string;
}

type Commit = Extract<WriterRequest, { op: 'commit' }>;

const { path } = workerData as WriterData;
const db = new Database(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const projector = new SqliteProjector(db);
const port = parentPort!;
/** A commit failed and the main thread has not said it knows yet. */
let failed = false;

function handle(request: Exclude<WriterRequest, Commit>): void {
  switch (request.op) {
    case 'snapshot':
      return projector.saveSnapshot(request.workspaceId, request.seq, request.state);
    case 'resume':
      failed = false;
      return;
    case 'close':
      db.close();
      return;
  }
}

function errorOf(caught: unknown): NonNullable<WriterReply['error']> {
  const error = caught as Error & { code?: string };
  return { name: error.name, message: error.message, code: error.code };
}

/**
 * Writes the commits in one transaction (one fsync), each answered once all are durable. If
 * that fails, each is written on its own, so that one batch's failure fails no batch before it.
 */
function commit(commits: Commit[]): void {
  if (commits.length > 1 && !failed) {
    try {
      const events: StoredEvent[] = [];
      for (const request of commits) for (const event of JSON.parse(request.events)) events.push(event);
      projector.commit(events);
      for (const request of commits) port.postMessage({ id: request.id } satisfies WriterReply);
      return;
    } catch {
      // Nothing of them was written: one by one below, which tells the failed one apart.
    }
  }
  for (const request of commits) port.postMessage(commitOne(request));
}

function commitOne(request: Commit): WriterReply {
  if (failed)
    return { id: request.id, error: { name: earlierCommitFailed, message: earlierCommitFailedMessage } };
  try {
    projector.commit(JSON.parse(request.events) as StoredEvent[]);
    return { id: request.id };
  } catch (caught) {
    failed = request.pipelined === true;
    return { id: request.id, error: errorOf(caught) };
  }
}

function answer(request: Exclude<WriterRequest, Commit>): void {
  let reply: WriterReply = { id: request.id };
  try {
    handle(request);
  } catch (caught) {
    reply = { id: request.id, error: errorOf(caught) };
  }
  port.postMessage(reply);
  if (request.op === 'close') port.close();
}

port.on('message', (first: WriterRequest) => {
  if (first.op !== 'commit') return answer(first);
  // The commits sent while the last one was written: taken now, written together, in order.
  const commits: Commit[] = [first];
  let next: WriterRequest | undefined;
  for (;;) {
    next = receiveMessageOnPort(port)?.message as WriterRequest | undefined;
    if (next?.op !== 'commit') break;
    commits.push(next);
  }
  commit(commits);
  if (next) answer(next);
});
