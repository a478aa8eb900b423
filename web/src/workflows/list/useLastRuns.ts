import { useResource } from '../../components/useResource.ts';
import { useSignedIn } from '../../session/session.tsx';
import { lastRunStart } from '../runs/runLog.ts';
import type { Workflow } from '../types.ts';

/** When each workflow last started a run, read from the newest end of its run log. */
export function useLastRuns(workflows: Workflow[] | undefined) {
  const { api } = useSignedIn();
  const ids = workflows?.map((workflow) => workflow.id) ?? [];
  return useResource(async () => {
    const entries = await Promise.all(ids.map(async (id) => [id, await lastRunStart(api, id)] as const));
    return Object.fromEntries(entries) as Record<string, string | undefined>;
  }, [api.workspaceId, ids.join(' ')]);
}
