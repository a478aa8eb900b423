import type { Api } from '../../api/client.ts';
import type { WorkflowLogEvent } from '../types.ts';

const pageSize = 500;

/** GET …/workflows/:id/runs: the run log's events, newest first. */
function runsPage(api: Api, workflowId: string, before?: number, limit = pageSize) {
  return api.get('/workflows/{workflowId}/runs', { path: { workflowId }, query: { limit, before } });
}

/** A page of the log, in log order (oldest first), and the cursor to the older page if any. */
export interface LogSlice {
  events: WorkflowLogEvent[];
  before?: number;
}

/** The newest events of the log, or those before `before`: one page, so a busy workflow opens at once. */
export async function runEventsPage(api: Api, workflowId: string, before?: number): Promise<LogSlice> {
  const page = await runsPage(api, workflowId, before);
  return {
    events: [...page.items].reverse(),
    ...(page.nextBefore === undefined ? {} : { before: page.nextBefore }),
  };
}

/** The events newer than `afterSeq`, in log order: reads back from the newest until it reaches them. */
export async function runEventsSince(
  api: Api,
  workflowId: string,
  afterSeq: number,
): Promise<WorkflowLogEvent[]> {
  const events: WorkflowLogEvent[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await runsPage(api, workflowId, before);
    const fresh = page.items.filter((event) => event.seq > afterSeq);
    events.push(...fresh);
    if (fresh.length < page.items.length || page.nextBefore === undefined) return events.reverse();
    before = page.nextBefore;
  }
}

/** When the workflow last started a run: the newest run_started, read back page by page. */
export async function lastRunStart(api: Api, workflowId: string): Promise<string | undefined> {
  let before: number | undefined;
  for (;;) {
    const page = await runsPage(api, workflowId, before, 100);
    const started = page.items.find((event) => event.type === 'workflow.run_started');
    if (started) return started.at;
    if (page.nextBefore === undefined) return undefined;
    before = page.nextBefore;
  }
}
