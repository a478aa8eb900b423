import type { Api } from '../api/client.ts';
import type { Contact, Role, User } from '../api/types.ts';
import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';
import { type Directory, emptyDirectory, type Named, type PhoneNumberRef } from './names.ts';

export * from './names.ts';

const byId = <T extends { id: string }>(items: T[]) =>
  Object.fromEntries(items.map((item) => [item.id, item]));

async function list<T extends { id: string }>(api: Api, path: string): Promise<Record<string, T>> {
  try {
    return byId((await api.get<{ items: T[] }>(path)).items);
  } catch {
    return {};
  }
}

/** IVR menus are for supervisors and admins (the server refuses agents): an agent never asks. */
export async function loadDirectory(api: Api, role: Role): Promise<Directory> {
  const [users, numbers, groups, departments, menus, contacts] = await Promise.all([
    list<User>(api, '/users'),
    list<PhoneNumberRef>(api, '/numbers'),
    list<Named>(api, '/groups'),
    list<Named>(api, '/departments'),
    role === 'agent' ? Promise.resolve({}) : list<Named>(api, '/ivr-menus'),
    list<Contact>(api, '/contacts'),
  ]);
  return { users, numbers, groups, departments, menus, contacts };
}

export function useDirectory(): Directory {
  const { api, session } = useSignedIn();
  const role = session.user.role;
  return useResource(() => loadDirectory(api, role), [api.workspaceId, role]).data ?? emptyDirectory;
}
