import { useResource } from '../../components/useResource.ts';
import { useSignedIn } from '../../session/session.tsx';
import type { Workflow, WorkflowLogEvent } from '../types.ts';
import { workflowPath } from '../useWorkflow.ts';

/** When each workflow last started a run, read from its run log. */
export function useLastRuns(workflows: Workflow[] | undefined) {
  const { api } = useSignedIn();
  const ids = workflows?.map((workflow) => workflow.id) ?? [];
  return useResource(async () => {
    const entries = await Promise.all(
      ids.map(async (id) => {
        const log = await api.get<{ items: WorkflowLogEvent[] }>(`${workflowPath(id)}/runs`);
        const last = log.items.findLast((event) => event.type === 'workflow.run_started');
        return [id, last?.at] as const;
      }),
    );
    return Object.fromEntries(entries) as Record<string, string | undefined>;
  }, [api.workspaceId, ids.join(' ')]);
}
