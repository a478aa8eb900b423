import { useStreamEvents } from '../../api/stream.tsx';
import { isMessage } from '../../api/stream-topics.ts';
import type { User } from '../../api/types.ts';
import { useSignedIn } from '../../session/session.tsx';
import type { Department } from '../departments/types.ts';
import { withPresenceInDirectory } from './directory-presence.ts';
import { useLive } from './useLive.ts';

export interface Directory {
  users: User[];
  departments: Department[];
}

/**
 * Who is who in the workspace: users and departments, kept current from the stream. A
 * presence change is applied from its message: reading both lists again for each one made
 * every admin screen of a busy centre re-read the whole team many times a minute.
 */
export function useDirectory() {
  const { api } = useSignedIn();
  const directory = useLive<Directory>(
    async () => {
      const [users, departments] = await Promise.all([api.get('/users'), api.get('/departments')]);
      return { users: users.items, departments: departments.items };
    },
    [api],
    ['config:user', 'config:department'],
  );
  useStreamEvents((event) => {
    if (!isMessage(event) || event.type !== 'presence.changed') return;
    if (!directory.patch((shown) => withPresenceInDirectory(shown, event))) directory.reload();
  });
  return directory;
}
