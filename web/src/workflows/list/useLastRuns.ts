import { useResource } from '../../components/useResource.ts';
import { useSignedIn } from '../../session/session.tsx';
import { workflowEventsAfter } from '../runs/runLog.ts';
import type { Workflow } from '../types.ts';

/** What has been read of each workflow's log: reading on from there finds any newer run. */
const seen = new Map<string, { seq: number; lastRunAt?: string }>();

/** When each workflow last started a run, read from its log. */
export function useLastRuns(workflows: Workflow[] | undefined) {
  const { api } = useSignedIn();
  const ids = workflows?.map((workflow) => workflow.id) ?? [];
  return useResource(async () => {
    const entries = await Promise.all(
      ids.map(async (id) => {
        const key = `${api.workspaceId}/${id}`;
        const known = seen.get(key) ?? { seq: 0 };
        const fresh = await workflowEventsAfter(api, id, known.seq);
        const started = fresh.findLast((event) => event.type === 'workflow.run_started');
        const next = {
          seq: fresh.at(-1)?.seq ?? known.seq,
          ...(started ? { lastRunAt: started.at } : known.lastRunAt ? { lastRunAt: known.lastRunAt } : {}),
        };
        seen.set(key, next);
        return [id, next.lastRunAt] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<string, string | undefined>;
  }, [api.workspaceId, ids.join(' ')]);
}
