import type { Api } from '../../api/client.ts';
import type { WorkflowLogEvent } from '../types.ts';

interface HistoryPage {
  items: WorkflowLogEvent[];
  nextAfterSeq?: number;
}

/**
 * A workflow's events after `afterSeq`, every page of them. The history route pages oldest
 * first, so reading on from the last sequence seen is how the newest runs are reached (and
 * how a log already shown is brought up to date without reading it all again).
 */
export async function workflowEventsAfter(
  api: Api,
  workflowId: string,
  afterSeq = 0,
): Promise<WorkflowLogEvent[]> {
  const events: WorkflowLogEvent[] = [];
  let after = afterSeq;
  for (;;) {
    const page = await api.get<HistoryPage>(
      `/history/workflow/${encodeURIComponent(workflowId)}?limit=500&afterSeq=${after}`,
    );
    events.push(...page.items);
    if (page.nextAfterSeq === undefined) return events;
    after = page.nextAfterSeq;
  }
}
