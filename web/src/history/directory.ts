import type { Api } from '../api/client.ts';
import type { Role, User } from '../api/types.ts';
import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';

interface Named {
  id: string;
  name: string;
}

export interface PhoneNumberRef {
  id: string;
  e164: string;
  label: string;
}

/**
 * The workspace's people, numbers, groups, departments and IVR menus by id, so a history
 * reads "Alex Agent" and "Support group" rather than ids. Lists a role may not read stay
 * empty: the id is shown instead.
 */
export interface Directory {
  users: Record<string, User>;
  numbers: Record<string, PhoneNumberRef>;
  groups: Record<string, Named>;
  departments: Record<string, Named>;
  menus: Record<string, Named>;
  contacts: Record<string, Named>;
}

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
    list<Named>(api, '/contacts'),
  ]);
  return { users, numbers, groups, departments, menus, contacts };
}

export const emptyDirectory: Directory = {
  users: {},
  numbers: {},
  groups: {},
  departments: {},
  menus: {},
  contacts: {},
};

export function useDirectory(): Directory {
  const { api, session } = useSignedIn();
  const role = session.user.role;
  return useResource(() => loadDirectory(api, role), [api.workspaceId, role]).data ?? emptyDirectory;
}

export const userName = (directory: Directory, id: string | undefined) =>
  id === undefined ? '' : (directory.users[id]?.name ?? id);

/** A workspace number as people know it: its label and E.164. */
export function numberName(directory: Directory, id: string | undefined): string {
  if (id === undefined) return '';
  const number = directory.numbers[id];
  if (!number) return id;
  return number.label ? `${number.label} (${number.e164})` : number.e164;
}

/** The workspace's numbers as a filter's options. */
export const numberOptions = (directory: Directory) =>
  Object.values(directory.numbers).map((number) => ({
    value: number.id,
    label: numberName(directory, number.id),
  }));
