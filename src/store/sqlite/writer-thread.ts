/**
 * The SQLite writer thread: its own connection to the file, on which every batch of events
 * is appended with its projections and made durable (synchronous=FULL: fsynced) before the
 * main thread hears that it is done. The main thread keeps deciding meanwhile.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { SqliteProjector } from './projector.ts';
import { fromWriterBatch, type WriterBatch } from './writer-batch.ts';

export type WriterRequest =
  | { id: number; op: 'commit'; batch: WriterBatch }
  | { id: number; op: 'snapshot'; workspaceId: string; seq: number; state: string }
  | { id: number; op: 'close' };

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

function handle(request: WriterRequest): void {
  switch (request.op) {
    case 'commit': {
      const { events, json } = fromWriterBatch(request.batch);
      return projector.commit(events, json);
    }
    case 'snapshot':
      return projector.saveSnapshot(request.workspaceId, request.seq, request.state);
    case 'close':
      db.close();
      return;
  }
}

port.on('message', (request: WriterRequest) => {
  let reply: WriterReply = { id: request.id };
  try {
    handle(request);
  } catch (caught) {
    const error = caught as Error & { code?: string };
    reply = { id: request.id, error: { name: error.name, message: error.message, code: error.code } };
  }
  port.postMessage(reply);
  if (request.op === 'close') port.close();
});
