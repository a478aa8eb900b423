import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { follows, isMessage } from '../api/stream-topics.ts';
import type { Contact, User } from '../api/types.ts';
import { formatPhone } from '../components/phone.ts';
import { useSignedIn } from '../session/session.tsx';
import { withPresenceChanged } from './presence-change.ts';
import type { PhoneNumber } from './types.ts';
import { type Directory, DirectoryContext } from './useDirectory.ts';

/**
 * Members (with presence), the workspace's numbers and the CRM contacts of the numbers seen,
 * read once for the whole console and kept current from the stream. A presence change is
 * applied from its message: reading every member again for each one (as each screen's own
 * copy did) made every console of a busy centre re-read the whole team many times a minute.
 */
export function DirectoryProvider({ children }: { children: ReactNode }) {
  const { api } = useSignedIn();
  const [users, setUsers] = useState<Record<string, User>>({});
  const [numbers, setNumbers] = useState<PhoneNumber[]>([]);
  const [contacts, setContacts] = useState<Record<string, Contact | null>>({});
  const asked = useRef(new Set<string>());

  const loadUsers = useCallback(() => {
    api
      .get('/users')
      .then(({ items }) => setUsers(Object.fromEntries(items.map((user) => [user.id, user]))))
      .catch(() => {});
  }, [api]);
  const loadNumbers = useCallback(() => {
    api
      .get('/numbers')
      .then(({ items }) => setNumbers(items))
      .catch(() => {});
  }, [api]);

  useEffect(() => {
    loadUsers();
    loadNumbers();
  }, [loadUsers, loadNumbers]);

  const lookUp = useCallback(
    (phone: string) => {
      if (asked.current.has(phone) || !phone.startsWith('+')) return;
      asked.current.add(phone);
      api
        .get('/contacts', { query: { phone } })
        .then(({ items }) => setContacts((known) => ({ ...known, [phone]: items[0] ?? null })))
        .catch(() => setContacts((known) => ({ ...known, [phone]: null })));
    },
    [api],
  );

  useStreamEvents((event) => {
    if (isMessage(event) && event.type === 'presence.changed') {
      // Applied to the latest list: several changes may arrive before the next render.
      setUsers((current) => withPresenceChanged(current, event) ?? current);
      if (!Object.hasOwn(users, event.data.userId)) loadUsers();
    }
    if (follows(event, ['config:user'])) loadUsers();
    if (follows(event, ['config:number', 'config:workspace'])) loadNumbers();
    // Look the known callers up again, keeping their names shown meanwhile.
    if (follows(event, ['config:contact'])) {
      const known = [...asked.current];
      asked.current.clear();
      for (const phone of known) lookUp(phone);
    }
  });

  const directory = useMemo<Directory>(() => {
    const contactOf = (phone: string) => {
      if (!Object.hasOwn(contacts, phone)) queueMicrotask(() => lookUp(phone));
      return contacts[phone] ?? undefined;
    };
    return {
      users,
      numbers,
      contactOf,
      callerName: (phone) => contactOf(phone)?.name ?? formatPhone(phone),
      numberByE164: (e164) => numbers.find((number) => number.e164 === e164),
      userName: (userId) => (userId ? (users[userId]?.name ?? userId) : ''),
    };
  }, [users, numbers, contacts, lookUp]);

  return <DirectoryContext.Provider value={directory}>{children}</DirectoryContext.Provider>;
}
