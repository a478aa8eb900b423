import type { Department, PhoneNumber } from '../../../src/api/resources.ts';
import type { User } from '../api/types.ts';
import { useResource } from '../components/useResource.ts';
import { useSignedIn } from '../session/session.tsx';

/** Who and what a workflow can name: the workspace's users, departments (teams) and numbers. */
export interface Directory {
  users: User[];
  departments: Department[];
  numbers: PhoneNumber[];
}

export function useDirectory() {
  const { api } = useSignedIn();
  return useResource<Directory>(async () => {
    const [users, departments, numbers] = await Promise.all([
      api.get('/users'),
      api.get('/departments'),
      api.get('/numbers'),
    ]);
    return { users: users.items, departments: departments.items, numbers: numbers.items };
  }, [api.workspaceId]);
}

export const numberLabel = (number: PhoneNumber) =>
  number.label ? `${number.label} (${number.e164})` : number.e164;
