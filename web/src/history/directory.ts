import type { Api } from '../api/client.ts';
import type { Role } from '../api/types.ts';
import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, emptyDirectory } from './names.ts';

export * from './names.ts';

const byId = <T extends { id: string }>(items: T[]) =>
  Object.fromEntries(items.map((item) => [item.id, item]));

/** A list by id, or nothing when the role may not read it. */
async function list<T extends { id: string }>(page: Promise<{ items: T[] }>): Promise<Record<string, T>> {
  try {
    return byId((await page).items);
  } catch {
    return {};
  }
}

/** IVR menus are for supervisors and admins (the server refuses agents): an agent never asks. */
export async function loadDirectory(api: Api, role: Role): Promise<Directory> {
  const [users, numbers, groups, departments, menus, contacts] = await Promise.all([
    list(api.get('/users')),
    list(api.get('/numbers')),
    list(api.get('/groups')),
    list(api.get('/departments')),
    role === 'agent' ? Promise.resolve({}) : list(api.get('/ivr-menus')),
    list(api.get('/contacts')),
  ]);
  return { users, numbers, groups, departments, menus, contacts };
}

export function useDirectory(): Directory {
  const { api, session } = useSignedIn();
  const role = session.user.role;
  return useResource(() => loadDirectory(api, role), [api.workspaceId, role]).data ?? emptyDirectory;
}
