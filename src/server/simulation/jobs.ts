import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { DomainError, type DomainErrorCode, notFound } from '../../domain/errors.ts';
import type { WhatIfJob, WhatIfResult } from '../../sim/what-if.ts';
import { startWorker } from '../../threads/worker-module.ts';
import type { JobMessage, WorkerReply } from './worker.ts';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface SimulationJob {
  id: string;
  workspaceId: string;
  status: JobStatus;
  /** Share of the job done, 0 to 1. */
  progress: number;
  createdAt: number;
  finishedAt?: number;
  result?: WhatIfResult;
  error?: { code: string; message: string; field?: string };
}

interface Pending {
  job: SimulationJob;
  input: WhatIfJob;
  settled: Array<(job: SimulationJob) => void>;
}

/** Finished jobs are kept this long for their poller, and at most this many. */
const keepMs = 15 * 60_000;
const keepMax = 200;
const domainCodes = new Set<string>([
  'validation',
  'not_found',
  'conflict',
  'forbidden',
  'plan_required',
  'insufficient_balance',
  'licence_required',
]);

/** The worker's module, beside this one with this one's extension (see startWorker). */
const workerEntry = () =>
  new URL(`./worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

/**
 * What-if simulations (M4) as jobs run one at a time on one worker thread, FIFO: the
 * server's event loop stays free while a run takes its seconds, and two runs never fight
 * over the machine's cores. A job is read back by its workspace only.
 */
export class SimulationJobs {
  private readonly jobs = new Map<string, Pending>();
  private readonly queue: Pending[] = [];
  private current: Pending | undefined;
  private worker: Worker | undefined;

  constructor(private readonly now: () => number = Date.now) {}

  /** Queues a job; it starts as soon as the worker is free. */
  submit(workspaceId: string, input: WhatIfJob): SimulationJob {
    this.prune();
    const job: SimulationJob = {
      id: `sim_${randomUUID()}`,
      workspaceId,
      status: 'queued',
      progress: 0,
      createdAt: this.now(),
    };
    const pending: Pending = { job, input, settled: [] };
    this.jobs.set(job.id, pending);
    this.queue.push(pending);
    this.next();
    return job;
  }

  /** The job as it stands, or not_found if it is not this workspace's (or has been forgotten). */
  get(workspaceId: string, jobId: string): SimulationJob {
    const pending = this.jobs.get(jobId);
    if (!pending || pending.job.workspaceId !== workspaceId) throw notFound('simulation', jobId, 'jobId');
    return pending.job;
  }

  /** Resolves with the result once the job is done; a refused job rejects with its error. */
  async result(workspaceId: string, jobId: string): Promise<WhatIfResult> {
    const job = this.get(workspaceId, jobId);
    const finished =
      job.status === 'done' || job.status === 'failed'
        ? job
        : await new Promise<SimulationJob>((resolve) => this.jobs.get(jobId)!.settled.push(resolve));
    if (finished.result) return finished.result;
    const error = finished.error ?? { code: 'internal', message: 'the simulation failed' };
    if (domainCodes.has(error.code))
      throw new DomainError(error.code as DomainErrorCode, error.message, error.field);
    throw new Error(`simulation failed: ${error.message}`);
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    for (const pending of [...this.queue, ...(this.current ? [this.current] : [])])
      this.finish(pending, { error: { code: 'internal', message: 'the server is shutting down' } });
    this.queue.length = 0;
    this.current = undefined;
    await worker?.terminate();
  }

  private next(): void {
    if (this.current) return;
    const pending = this.queue.shift();
    if (!pending) return;
    this.current = pending;
    pending.job.status = 'running';
    const message: JobMessage = { id: pending.job.id, job: pending.input };
    this.ensureWorker().postMessage(message);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(workerEntry());
    // An idle simulator must not keep the process alive.
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.onReply(reply));
    const lost = (why: string) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      const current = this.current;
      this.current = undefined;
      if (current) this.finish(current, { error: { code: 'internal', message: why } });
      this.next();
    };
    worker.on('error', (error) => lost(error.message));
    worker.on('exit', (code) => lost(`the simulation worker stopped (exit ${code})`));
    this.worker = worker;
    return worker;
  }

  private onReply(reply: WorkerReply): void {
    const pending = this.current;
    if (!pending || pending.job.id !== reply.id) return;
    if ('progress' in reply) {
      pending.job.progress = Math.max(pending.job.progress, Math.min(1, reply.progress));
      return;
    }
    this.current = undefined;
    this.finish(pending, reply);
    this.next();
  }

  private finish(pending: Pending, outcome: { result: unknown } | { error: SimulationJob['error'] }): void {
    const { job } = pending;
    job.finishedAt = this.now();
    if ('result' in outcome) {
      job.status = 'done';
      job.progress = 1;
      job.result = outcome.result as WhatIfResult;
    } else {
      job.status = 'failed';
      if (outcome.error) job.error = outcome.error;
    }
    pending.input = undefined as never;
    for (const resolve of pending.settled.splice(0)) resolve(job);
  }

  /** Forgets finished jobs past their time, and the oldest beyond the limit. */
  private prune(): void {
    const now = this.now();
    const finished = [...this.jobs.values()].filter((pending) => pending.job.finishedAt !== undefined);
    for (const [index, pending] of finished.entries())
      if (now - pending.job.finishedAt! > keepMs || finished.length - index > keepMax)
        this.jobs.delete(pending.job.id);
  }
}
