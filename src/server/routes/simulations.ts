import { Type } from 'typebox';
import {
  JobSchema,
  SimulationBody,
  SimulationResponse,
  type SimulationResult,
} from '../../api/simulations.ts';
import { maxCalls, prepareWhatIf } from '../../app/simulations/what-if.ts';
import { authorize } from '../auth/principal.ts';
import type { App, ServerContext } from '../context.ts';
import { errors, Id, iso, NoQuery, WorkspaceParams } from '../schemas.ts';
import { type SimulationJob, SimulationJobs } from '../simulation/jobs.ts';

const JobParams = Type.Object({ workspaceId: Id, jobId: Id });

const jobView = (job: SimulationJob) => ({
  id: job.id,
  status: job.status,
  progress: job.progress,
  createdAt: iso(job.createdAt),
  ...(job.finishedAt === undefined ? {} : { finishedAt: iso(job.finishedAt) }),
  ...(job.result ? { result: job.result as SimulationResult } : {}),
  ...(job.error ? { error: job.error } : {}),
});

const description =
  'Runs the real routing engine on a virtual clock, twice: as configured and with the changes. Traffic is ' +
  `generated (traffic) or a recorded period replayed (replay). At most ${maxCalls} expected calls per run. ` +
  'The runs take a worker thread, one job at a time, never the server’s event loop.';

export function registerSimulations(app: App, context: ServerContext): void {
  const jobs = new SimulationJobs(() => context.runtime.clock.now());
  app.addHook('onClose', async () => jobs.close());

  app.post(
    '/workspaces/:workspaceId/simulations',
    {
      schema: {
        tags: ['simulation'],
        summary:
          'What if (admin, M4): the workspace’s configuration and a changed one under the same traffic',
        description: `${description} This request waits for the result; POST /simulation-jobs starts one to poll.`,
        params: WorkspaceParams,
        querystring: NoQuery,
        body: SimulationBody,
        response: { 200: SimulationResponse, ...errors },
      },
    },
    async (request) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'admin');
      const job = jobs.submit(
        workspaceId,
        await prepareWhatIf(context.runtime, context.store, workspaceId, request.body),
      );
      return (await jobs.result(workspaceId, job.id)) as SimulationResult;
    },
  );

  app.post(
    '/workspaces/:workspaceId/simulation-jobs',
    {
      schema: {
        tags: ['simulation'],
        summary:
          'What if (admin, M4) as a job: starts it and answers at once; GET it for progress and result',
        description,
        params: WorkspaceParams,
        querystring: NoQuery,
        body: SimulationBody,
        response: { 202: JobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { workspaceId } = request.params;
      authorize(request, workspaceId, 'admin');
      const job = jobs.submit(
        workspaceId,
        await prepareWhatIf(context.runtime, context.store, workspaceId, request.body),
      );
      return reply
        .status(202)
        .header('location', `/v1/workspaces/${encodeURIComponent(workspaceId)}/simulation-jobs/${job.id}`)
        .send(jobView(job));
    },
  );

  app.get(
    '/workspaces/:workspaceId/simulation-jobs/:jobId',
    {
      schema: {
        tags: ['simulation'],
        summary: 'A what-if job: queued, running (with its progress), done (with its result) or failed (why)',
        params: JobParams,
        querystring: NoQuery,
        response: { 200: JobSchema, ...errors },
      },
    },
    async (request) => {
      const { workspaceId, jobId } = request.params;
      authorize(request, workspaceId, 'admin');
      return jobView(jobs.get(workspaceId, jobId));
    },
  );
}
