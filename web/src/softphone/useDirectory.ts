import { useCallback, useEffect, useRef, useState } from 'react';
import { useStreamEvents } from '../api/stream.tsx';
import { follows, type Topic } from '../api/stream-topics.ts';
import type { Contact, User } from '../api/types.ts';
import { formatPhone } from '../components/phone.ts';
import { useSignedIn } from '../session/session.tsx';
import type { PhoneNumber } from './types.ts';

export interface Directory {
  users: Record<string, User>;
  /** The numbers this person sees: all for supervisors and admins, their assigned ones for agents. */
  numbers: PhoneNumber[];
  /** A caller as people know them: the CRM contact's name, else the formatted number. */
  callerName(phone: string): string;
  contactOf(phone: string): Contact | undefined;
  /** A workspace number by its E.164, for "called Support (+34 …)". */
  numberByE164(e164: string): PhoneNumber | undefined;
  userName(userId: string | undefined): string;
}

const peopleTopics: Topic[] = ['config:user', 'presence.changed', 'config:number', 'config:workspace'];

/**
 * Who is who for the phone: members (with presence), the workspace's numbers, and the CRM
 * contacts of the numbers seen, looked up once each. Kept current from the stream.
 */
export function useDirectory(): Directory {
  const { api } = useSignedIn();
  const [users, setUsers] = useState<Record<string, User>>({});
  const [numbers, setNumbers] = useState<PhoneNumber[]>([]);
  const [contacts, setContacts] = useState<Record<string, Contact | null>>({});
  const asked = useRef(new Set<string>());

  const loadPeople = useCallback(() => {
    api
      .get('/users')
      .then(({ items }) => setUsers(Object.fromEntries(items.map((user) => [user.id, user]))))
      .catch(() => {});
    api
      .get('/numbers')
      .then(({ items }) => setNumbers(items))
      .catch(() => {});
  }, [api]);

  useEffect(loadPeople, [loadPeople]);

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
    if (follows(event, peopleTopics)) loadPeople();
    // Look the known callers up again, keeping their names shown meanwhile.
    if (follows(event, ['config:contact'])) {
      const known = [...asked.current];
      asked.current.clear();
      for (const phone of known) lookUp(phone);
    }
  });

  const contactOf = (phone: string) => {
    if (!(phone in contacts)) queueMicrotask(() => lookUp(phone));
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
}
