import type { User } from '../../api/types.ts';
import { useSignedIn } from '../../session/session.tsx';
import type { Department } from '../departments/types.ts';
import { useLive } from './useLive.ts';

export interface Directory {
  users: User[];
  departments: Department[];
}

/** Who is who in the workspace: users and departments, kept current from the stream. */
export function useDirectory() {
  const { api } = useSignedIn();
  return useLive<Directory>(
    async () => {
      const [users, departments] = await Promise.all([api.get('/users'), api.get('/departments')]);
      return { users: users.items, departments: departments.items };
    },
    [api],
    ['config:user', 'presence.changed', 'config:department'],
  );
}
