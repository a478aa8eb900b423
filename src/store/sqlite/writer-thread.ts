/**
 * The SQLite writer thread: its own connection to the file, on which every batch of events
 * is appended with its projections and made durable (synchronous=FULL: fsynced) before the
 * main thread hears that it is done. The main thread keeps deciding meanwhile, and sends each
 * batch as soon as it is decided: the batches waiting here when the thread is free are written
 * together, in one transaction and one fsync.
 */
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteProjector } from './projector.ts';
import { fromWriterBatch, type WriterBatch } from './writer-batch.ts';

export type WriterRequest =
  | { id: number; op: 'commit'; batch: WriterBatch; generation: number }
  | { id: number; op: 'snapshot'; workspaceId: string; seq: number; state: string }
  | { id: number; op: 'close' };

type CommitRequest = Extract<WriterRequest, { op: 'commit' }>;

export type WriterReply = { id: number; error?: { name: string; message: string; code?: string } };

export interface WriterData {
  path: string;
}

const { path } = workerData as WriterData;
const db = new Database(path);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
const projector = new SqliteProjector(db);
const port = parentPort!;
/** The newest generation with a failed commit: its later commits are refused (ThreadWriter). */
let failedGeneration = -1;

function replyOf(id: number, caught: unknown): WriterReply {
  const error = caught as Error & { code?: string };
  return { id, error: { name: error.name, message: error.message, code: error.code } };
}

/** Commits in one transaction: all written, or none (each then told why). */
function commitTogether(requests: CommitRequest[]): WriterReply[] {
  try {
    projector.commitAll(requests.map((request) => fromWriterBatch(request.batch)));
    return requests.map((request) => ({ id: request.id }));
  } catch (caught) {
    failedGeneration = Math.max(failedGeneration, ...requests.map((request) => request.generation));
    return requests.map((request) => replyOf(request.id, caught));
  }
}

function handleOther(request: Exclude<WriterRequest, CommitRequest>): WriterReply {
  try {
    if (request.op === 'snapshot') projector.saveSnapshot(request.workspaceId, request.seq, request.state);
    else db.close();
    return { id: request.id };
  } catch (caught) {
    return replyOf(request.id, caught);
  }
}

/** Every request waiting, in order: consecutive commits written together. */
function handleAll(requests: WriterRequest[]): void {
  let commits: CommitRequest[] = [];
  const writeCommits = () => {
    if (commits.length > 0) for (const reply of commitTogether(commits)) port.postMessage(reply);
    commits = [];
  };
  for (const request of requests) {
    if (request.op === 'commit') {
      if (request.generation > failedGeneration) {
        commits.push(request);
        continue;
      }
      writeCommits();
      port.postMessage(replyOf(request.id, new Error('not written: a commit before it failed')));
      continue;
    }
    writeCommits();
    port.postMessage(handleOther(request));
    if (request.op === 'close') port.close();
  }
  writeCommits();
}

port.on('message', (request: WriterRequest) => {
  const requests = [request];
  for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port))
    requests.push(next.message as WriterRequest);
  handleAll(requests);
});
