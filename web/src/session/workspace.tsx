import { createContext, type ReactNode, useContext, useEffect } from 'react';
import type { Answer } from '../api/contract.ts';
import { setHomeCountry } from '../components/phone.ts';
import { useResource } from '../components/useResource.ts';
import { useSession } from './session.tsx';

/**
 * What the console shows in the workspace's own way: its name, its clock (an IANA zone: every
 * time on screen is the workspace's time), its country's numbers (ISO 3166: written the
 * national way, others internationally).
 */
export type WorkspaceSettings = Answer<'getWorkspace'>;

const WorkspaceContext = createContext<WorkspaceSettings | undefined>(undefined);

/**
 * Reads the signed-in workspace once and holds the console until it has it, so no time or
 * number is ever shown in the browser's way first and the workspace's a moment later. If it
 * cannot be read, the console opens anyway, in the browser's zone.
 */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const { api } = useSession();
  const workspace = useResource(async () => (api ? api.get('') : undefined), [api]);
  const settings = workspace.data;
  // Set before the children render (formatPhone reads it while they do), and again on a switch.
  setHomeCountry(settings?.defaultCountry);
  useEffect(() => () => setHomeCountry(undefined), []);
  if (api && workspace.loading && !settings) return null;
  return <WorkspaceContext.Provider value={settings}>{children}</WorkspaceContext.Provider>;
}

/** The signed-in workspace's settings; undefined before sign-in. */
export function useWorkspace(): WorkspaceSettings | undefined {
  return useContext(WorkspaceContext);
}
