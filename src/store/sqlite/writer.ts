import type { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { StoredEvent } from '../../engine/events.ts';
import { startWorker } from '../../threads/worker-module.ts';
import type { Snapshot } from '../port.ts';
import { SqliteProjector } from './projector.ts';
import { toWriterBatch } from './writer-batch.ts';
import type { WriterData, WriterReply, WriterRequest } from './writer-thread.ts';

/** Where the store's writes go: its own connection, or a writer thread's. */
export interface SqliteWriter {
  /** Whether a commit may be sent before the one before is durable (see EventLog.pipelined). */
  readonly pipelined: boolean;
  /** Resolves once the batch and its projections are durable; rejects with nothing of it written. */
  commit(events: StoredEvent[]): Promise<void>;
  saveSnapshot(snapshot: Snapshot): Promise<void>;
  close(): Promise<void>;
}

/** Writes on the store's own connection, on the caller's thread (an in-memory database). */
export class InlineWriter implements SqliteWriter {
  /** Written before commit() returns: there is nothing to pipeline. */
  readonly pipelined = false;
  private readonly projector: SqliteProjector;

  constructor(db: Database.Database) {
    this.projector = new SqliteProjector(db);
  }

  async commit(events: StoredEvent[]): Promise<void> {
    this.projector.commit(events);
  }

  async saveSnapshot(snapshot: Snapshot): Promise<void> {
    this.projector.saveSnapshot(
      snapshot.workspaceId,
      snapshot.seq,
      snapshot.json ?? JSON.stringify(snapshot.state),
    );
  }

  async close(): Promise<void> {}
}

/** The writer thread's module, beside this one with this one's extension (see startWorker). */
const threadEntry = () =>
  new URL(`./writer-thread.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
  /** A commit: its failure raises the generation (a snapshot's does not, see `generation`). */
  commit: boolean;
}

/**
 * Writes on a worker thread with its own connection to the file, so the fsync of a batch
 * never blocks the event loop: the runtime decides the next batch meanwhile. Requests are
 * written in the order sent; each promise settles once the thread has made it durable.
 */
export class ThreadWriter implements SqliteWriter {
  readonly pipelined = true;
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /**
   * Raised each time a commit's failure is heard. The thread refuses, writing nothing, every
   * commit of a generation whose commit failed: those were sent before the failure was known
   * here, decided on what the failed commit held (the runtime fails them with it as soon as it
   * hears, before it decides anything else). Not raised by a snapshot's failure: a commit sent
   * after that, decided on an earlier commit whose failure was not heard yet, would be written.
   */
  private generation = 0;
  /** Set when the thread died: nothing more can be written. */
  private broken: Error | undefined;
  private readonly exited: Promise<void>;
  private closing = false;

  constructor(path: string) {
    this.worker = startWorker(threadEntry(), { workerData: { path } satisfies WriterData });
    // Idle, the thread does not keep the process alive; a write in flight does (see send()).
    this.worker.unref();
    this.worker.on('message', (reply: WriterReply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(error));
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', (code) => {
        this.fail(new Error(`the SQLite writer thread stopped (exit code ${code})`));
        resolve();
      }),
    );
  }

  commit(events: StoredEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    const batch = toWriterBatch(events);
    const generation = this.generation;
    return this.send((id) => ({ id, op: 'commit', batch, generation }), true);
  }

  saveSnapshot(snapshot: Snapshot): Promise<void> {
    const { workspaceId, seq } = snapshot;
    return this.send((id) => ({
      id,
      op: 'snapshot',
      workspaceId,
      seq,
      state: snapshot.json ?? JSON.stringify(snapshot.state),
    }));
  }

  /** Waits for every write sent before, then closes the thread's connection. */
  async close(): Promise<void> {
    // Kept referenced until it has exited, so the process waits for the close to finish.
    this.closing = true;
    this.worker.ref();
    if (!this.broken) await this.send((id) => ({ id, op: 'close' })).catch(() => undefined);
    // Its connection is closed: nothing is lost by not waiting for the thread to wind down.
    await this.worker.terminate();
    await this.exited;
  }

  private send(request: (id: number) => WriterRequest, commit = false): Promise<void> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const message = request(id);
    return new Promise<void>((resolve, reject) => {
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject, commit });
      this.worker.postMessage(message);
    });
  }

  private settle(reply: WriterReply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0 && !this.closing) this.worker.unref();
    if (!reply.error) return waiter.resolve();
    if (waiter.commit) this.generation += 1;
    const error = Object.assign(new Error(reply.error.message), {
      name: reply.error.name,
      ...(reply.error.code ? { code: reply.error.code } : {}),
    });
    waiter.reject(error);
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
