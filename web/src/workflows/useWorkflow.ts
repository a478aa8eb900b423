import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';

export const workflowPath = (id: string) => `/workflows/${encodeURIComponent(id)}` as const;

export function useWorkflow(id: string) {
  const { api } = useSignedIn();
  return useResource(() => api.read(workflowPath(id)), [api.workspaceId, id]);
}
