import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';
import type { Workflow } from './types.ts';

export const workflowPath = (id: string) => `/workflows/${encodeURIComponent(id)}`;

export function useWorkflow(id: string) {
  const { api } = useSignedIn();
  return useResource(() => api.get<Workflow>(workflowPath(id)), [api.workspaceId, id]);
}
