import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';

/** The console's page of a workflow. */
export const workflowPath = (id: string) => `/workflows/${encodeURIComponent(id)}` as const;

export function useWorkflow(id: string) {
  const { api } = useSignedIn();
  return useResource(
    () => api.get('/workflows/{workflowId}', { path: { workflowId: id } }),
    [api.workspaceId, id],
  );
}
