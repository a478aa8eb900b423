import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../domain/errors.ts';
import { runWhatIf, type WhatIfJob } from '../../sim/what-if.ts';

/**
 * The simulator's thread: takes one what-if job at a time from the server and answers with
 * its progress, then its result or why it was refused. A simulation is seconds of CPU; here
 * it never holds up the server's event loop.
 */
export interface JobMessage {
  id: string;
  job: WhatIfJob;
}

export type WorkerReply =
  | { id: string; progress: number }
  | { id: string; result: unknown }
  | { id: string; error: { code: string; message: string; field?: string } };

const port = parentPort;
if (!port) throw new Error('the simulation worker runs in a worker thread');

port.on('message', ({ id, job }: JobMessage) => {
  let last = 0;
  const reply = (message: WorkerReply) => port.postMessage(message);
  try {
    const result = runWhatIf(job, (done) => {
      // A few dozen updates a run is all a progress bar needs.
      if (done < 1 && done - last < 0.02) return;
      last = done;
      reply({ id, progress: done });
    });
    reply({ id, result });
  } catch (error) {
    if (error instanceof DomainError)
      reply({
        id,
        error: { code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) },
      });
    else reply({ id, error: { code: 'internal', message: (error as Error).message ?? String(error) } });
  }
});
